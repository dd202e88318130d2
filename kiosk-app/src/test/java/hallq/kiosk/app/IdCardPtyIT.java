package hallq.kiosk.app;

import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import hallq.devices.idcard.IdCardEvent;
import hallq.devices.idcard.IdCardFrames;
import hallq.devices.idcard.ResidentIdNumber;
import hallq.devices.idcard.SerialIdCardReader;
import hallq.devices.serial.JSerialCommLink;
import hallq.devices.serial.PtyPair;
import hallq.devices.serial.SerialSettings;
import hallq.kiosk.testing.TestKiosk;
import hallq.kiosk.ui.Screen;
import hallq.protocol.Priority;
import hallq.protocol.rest.Problem;
import hallq.protocol.testing.TestDirs;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The ID card reader over a real pty pair: reader frames (HallQ serial frame, GB18030 name, 18
 * ASCII digits) written on one end, {@link SerialIdCardReader} and {@link IdCardBinding} on the
 * other, into the kiosk's view model. The raw number never reaches the log.
 */
class IdCardPtyIT {

    private static final String NUMBER = "11010519491231002X";
    private final Path dir = TestDirs.fresh("idcard-pty");
    private final TestKiosk k = new TestKiosk();
    private final ByteArrayOutputStream log = new ByteArrayOutputStream();
    private PrintStream stderr;
    private PtyPair pty;
    private JSerialCommLink kioskSide;
    private JSerialCommLink readerSide;
    private SerialIdCardReader reader;

    @BeforeEach
    void connect() throws Exception {
        stderr = System.err;
        System.setErr(new PrintStream(log, true, StandardCharsets.UTF_8));
        pty = PtyPair.open(dir.resolve("pty"), Duration.ofSeconds(5));
        kioskSide = new JSerialCommLink(SerialSettings.of("kiosk-1-idcard", pty.a().toString()));
        readerSide = new JSerialCommLink(SerialSettings.of("idcard-reader", pty.b().toString()));
        kioskSide.open();
        readerSide.open();
        reader = new SerialIdCardReader(kioskSide);
        IdCardBinding.reader(k.vm, reader, "kiosk-1-idcard");
        k.vm.refresh();
    }

    @AfterEach
    void disconnect() {
        System.setErr(stderr);
        if (reader != null) {
            reader.close();
        }
        if (kioskSide != null) {
            kioskSide.close();
        }
        if (readerSide != null) {
            readerSide.close();
        }
        if (pty != null) {
            pty.close();
        }
    }

    private void present(String number) throws Exception {
        readerSide.write(IdCardFrames.encode(new IdCardEvent.CardRead(1, "张三", new ResidentIdNumber(number))));
    }

    @Test
    void cardOnReader_attachesMaskedIdToTheTicket_andNeverLogsTheNumber() throws Exception {
        present(NUMBER);
        await().atMost(Duration.ofSeconds(5)).until(() -> k.vm.state().maskedId() != null);
        assertEquals("1101**********002X", k.vm.state().maskedId());
        k.vm.choose("HJ");
        k.vm.take(Priority.NORMAL);
        assertEquals(Screen.PRINTED, k.vm.state().screen());
        assertEquals(NUMBER, k.controller.issueCalls.get(0).idNumber());

        k.controller.rejectIssues(new Problem(409, "PERSON_LIMIT", "this person already has 3 tickets for 户籍办理 today"));
        k.vm.home();
        present(NUMBER);
        await().atMost(Duration.ofSeconds(5)).until(() -> k.vm.state().maskedId() != null);
        k.vm.choose("HJ");
        k.vm.take(Priority.NORMAL);
        assertEquals(Screen.REFUSED, k.vm.state().screen());

        String logged = log.toString(StandardCharsets.UTF_8);
        assertTrue(logged.contains("ticket A001 printed"), "the log is captured: " + logged);
        assertFalse(logged.contains(NUMBER), logged);
        assertFalse(logged.contains(NUMBER.substring(6, 14)), "not even the birth date: " + logged);
    }

    @Test
    void noiseAndABadCheckCharacter_areSkipped_theNextCardWorks() throws Exception {
        readerSide.write(new byte[] {0x00, 0x13, 0x7F, 0x5A});
        byte[] bad = IdCardFrames.encode(new IdCardEvent.CardRead(1, "张三", new ResidentIdNumber(NUMBER)));
        bad[bad.length - 4] = '1'; // the check character X becomes 1 (the CRC is then wrong too)
        readerSide.write(bad);
        present("440306199003071232");
        await().atMost(Duration.ofSeconds(5)).until(() -> k.vm.state().maskedId() != null);
        assertEquals("4403**********1232", k.vm.state().maskedId(), "only the good card got through");
    }
}
