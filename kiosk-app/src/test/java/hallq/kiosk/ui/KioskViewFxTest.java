package hallq.kiosk.ui;

import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import hallq.devices.printer.PrintOutcome;
import hallq.kiosk.flow.CitizenId;
import hallq.kiosk.testing.RecordingTicketPrinter;
import hallq.kiosk.testing.TestKiosk;
import hallq.protocol.testing.TestDirs;
import java.nio.file.Path;
import java.time.Duration;
import java.util.concurrent.Callable;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import javafx.application.Platform;
import javafx.embed.swing.SwingFXUtils;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.stage.Stage;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.testfx.api.FxRobot;
import org.testfx.api.FxToolkit;
import org.testfx.util.WaitForAsyncUtils;

/** Headless (Monocle) clicks through the real view; screenshots kept under target/ to look at. */
@Timeout(120)
class KioskViewFxTest {

    private static final Path OUT = TestDirs.fresh("fx");
    private final FxRobot robot = new FxRobot();
    private final TestKiosk k = new TestKiosk(Executors.newSingleThreadExecutor());
    private static Stage stage;

    @BeforeAll
    static void platform() throws Exception {
        stage = FxToolkit.registerPrimaryStage();
        // one window for all tests, never closed: a moment without windows would end the FX platform
        Platform.setImplicitExit(false);
    }

    @BeforeEach
    void show() throws Exception {
        FxToolkit.setupStage(s -> {
            KioskView view = new KioskView(k.vm, "云山区政务服务中心", "Yunshan District Government Service Center");
            // Monocle's headless screen is 1280x800: keep the whole window on it, or clicks miss
            s.setScene(new Scene(view.root(), 720, 780));
            s.setX(0);
            s.setY(0);
            s.show();
        });
        k.vm.refresh();
        waitFor("#service-HJ");
    }

    /** Reads the scene on the FX thread: the view redraws there, so a lookup from here could see half a change. */
    private static <T> T fx(Callable<T> read) throws Exception {
        return WaitForAsyncUtils.asyncFx(read).get(5, TimeUnit.SECONDS);
    }

    private void waitFor(String query) {
        await().atMost(Duration.ofSeconds(5)).ignoreExceptions()
                .until(() -> fx(() -> robot.lookup(query).tryQuery().isPresent()));
    }

    private String text(String query) throws Exception {
        return fx(() -> robot.lookup(query).queryLabeled().getText());
    }

    private Button button(String query) throws Exception {
        return fx(() -> robot.lookup(query).queryButton());
    }

    private void snapshot(String name) throws Exception {
        WaitForAsyncUtils.waitForFxEvents();
        var image = WaitForAsyncUtils.asyncFx(() -> stage.getScene().snapshot(null)).get();
        ImageIO.write(SwingFXUtils.fromFXImage(image, null), "png", OUT.resolve(name + ".png").toFile());
    }

    @Test
    void takeTicket_clickThrough_showsPrintedNumber() throws Exception {
        assertNotEquals("System", KioskFonts.family(), "install fonts-wqy-microhei for Chinese glyphs");
        assertTrue(button("#service-HJ").getText().startsWith("户籍办理"));
        snapshot("home");
        robot.clickOn("#service-HJ");
        waitFor("#priority-GREEN_CHANNEL");
        robot.clickOn("#priority-GREEN_CHANNEL");
        waitFor("#ticketNumber");
        assertEquals("A001", text("#ticketNumber"));
        assertEquals("取号成功，请取走号票", text("#heading"));
        assertEquals(1, k.printer.slips.size());
        snapshot("printed");
        robot.clickOn("#homeButton");
        waitFor("#service-HJ");
    }

    @Test
    void checkIn_keypadAndIdCard_clickThrough() throws Exception {
        k.controller.addAppointment("8C2Q", null, "HJ");
        k.vm.cardRead(CitizenId.of("440306199003071232"));
        await().atMost(Duration.ofSeconds(5)).ignoreExceptions()
                .until(() -> text("#cardChip").equals("已读取身份证  4403**********1232"));
        robot.clickOn("#clearCardButton");
        await().atMost(Duration.ofSeconds(5)).until(() -> k.vm.state().maskedId() == null);
        robot.clickOn("#checkInButton");
        waitFor("#key-8");
        assertTrue(button("#checkInSubmit").isDisabled());
        for (String key : new String[] {"#key-8", "#key-C", "#key-2", "#key-Q"}) {
            robot.clickOn(key);
        }
        await().atMost(Duration.ofSeconds(5)).ignoreExceptions().until(() -> text("#appointmentCode").equals("8C2Q"));
        snapshot("check-in");
        robot.clickOn("#checkInSubmit");
        waitFor("#ticketNumber");
        assertEquals("A001", text("#ticketNumber"));
        assertEquals("8C2Q", k.controller.checkInCalls.get(0).code());
    }

    @Test
    void closedService_isGreyedWithReason() throws Exception {
        k.controller.setClosed("GC", "today's 100 tickets are all issued");
        k.vm.refresh();
        await().atMost(Duration.ofSeconds(5)).ignoreExceptions().until(() -> button("#service-GC").isDisabled());
        assertTrue(button("#service-GC").getText().contains("今日号已取完"));
    }

    @Test
    void printerPaperOut_homeShowsPausedBanner() throws Exception {
        k.printer.setStatus(RecordingTicketPrinter.PAPER_OUT);
        k.vm.refresh();
        await().atMost(Duration.ofSeconds(5)).ignoreExceptions().until(() -> fx(() -> robot.lookup("#banner").query().isVisible()));
        assertEquals("暂停取号", text("#banner"));
        await().atMost(Duration.ofSeconds(5)).ignoreExceptions().until(() -> button("#service-HJ").isDisabled());
        snapshot("paused");
    }

    @Test
    void elderlyAndEnglish_switches_restyleAndTranslate() throws Exception {
        robot.clickOn("#elderlyToggle");
        await().atMost(Duration.ofSeconds(5)).until(() -> k.vm.state().elderly());
        await().atMost(Duration.ofSeconds(5)).until(() -> fx(() -> stage.getScene().getRoot().getStyleClass().contains("elderly")));
        snapshot("elderly");
        robot.clickOn("#langToggle");
        await().atMost(Duration.ofSeconds(5)).ignoreExceptions().until(() -> text("#heading").equals("Please choose a service"));
        assertTrue(button("#service-HJ").getText().startsWith("Household registration"));
        robot.clickOn("#helpButton");
        await().atMost(Duration.ofSeconds(5)).until(() -> k.events.help.size() == 1);
    }

    @Test
    void printFailed_showsQrToPhotograph_giveUpVoids() throws Exception {
        k.printer.setOutcome(PrintOutcome.of(PrintOutcome.Kind.PAPER_OUT, "paper out"));
        robot.clickOn("#service-CR");
        waitFor("#priority-NORMAL");
        robot.clickOn("#priority-NORMAL");
        waitFor("#failedQr");
        assertEquals("号票未能打印，您的号码仍然有效", text("#heading"));
        assertTrue(k.controller.voided.isEmpty());
        assertTrue(fx(() -> robot.lookup("#failedQr").query().getBoundsInLocal().getWidth()) >= 150);
        snapshot("print-failed");
        robot.clickOn("#giveUpButton");
        waitFor("#confirmGiveUpButton");
        robot.clickOn("#confirmGiveUpButton");
        await().atMost(Duration.ofSeconds(5)).until(() -> k.controller.voided.size() == 1);
        waitFor("#homeButton");
        assertEquals("此号已取消", text("#heading"));
    }
}
