package hallq.kiosk.app;

import hallq.devices.idcard.IdCardReader;
import hallq.devices.printer.TicketPrinter;
import hallq.kiosk.client.HttpControllerClient;
import hallq.kiosk.flow.KioskIdentity;
import hallq.kiosk.flow.LoggingKioskEvents;
import hallq.kiosk.idcard.SimIdCardReader;
import hallq.kiosk.render.RenderAll;
import hallq.kiosk.ui.KioskLayout;
import hallq.kiosk.ui.KioskView;
import hallq.kiosk.voice.AudioPort;
import hallq.kiosk.voice.SpeakerAudioPort;
import hallq.kiosk.voice.VoicePrompter;
import hallq.protocol.config.ConfigException;
import hallq.protocol.config.DeviceConfig;
import hallq.protocol.config.HallConfig;
import hallq.protocol.config.HallConfigLoader;
import hallq.protocol.mqtt.MqttLogin;
import java.net.URI;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import javafx.application.Platform;
import javafx.geometry.Rectangle2D;
import javafx.scene.Scene;
import javafx.stage.Screen;
import javafx.stage.Stage;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** {@code ./hall kiosk}: the self-service kiosk window. */
@Command(name = "kiosk", mixinStandardHelpOptions = true,
        description = "HallQ self-service kiosk (自助取号机): take a ticket from the controller and print it.")
public final class KioskMain implements Callable<Integer> {

    private static final Logger log = LoggerFactory.getLogger(KioskMain.class);

    @Option(names = "--config", description = "hall configuration (default ${DEFAULT-VALUE})")
    Path config = Path.of("config/demo-hall.yml");

    @Option(names = "--controller", description = "controller base URL (default ${DEFAULT-VALUE})")
    URI controller = URI.create("http://127.0.0.1:8080");

    @Mixin
    KioskLoginOptions login = new KioskLoginOptions();

    @Option(names = "--printer", description = "serial port of the ESC/POS printer, or 'sim' (default ${DEFAULT-VALUE})")
    String printer = "sim";

    @Option(names = "--baud", description = "printer baud rate (default: the configured device's, else 115200)")
    Integer baud;

    @Option(names = "--kiosk-id", description = "this kiosk's id (default ${DEFAULT-VALUE})")
    String kioskId = "kiosk-1";

    @Option(names = "--sim-dir", description = "where --printer sim writes tickets (default ${DEFAULT-VALUE})")
    Path simDir = Path.of("data/kiosk-tickets");

    @Option(names = "--poll", description = "seconds between polls of the controller and printer (default ${DEFAULT-VALUE})")
    int pollSeconds = 3;

    @Option(names = "--fullscreen", description = "full-screen window (the kiosk's normal mode)")
    boolean fullscreen;

    @Option(names = "--layout", description = "screen layout: 'auto' (portrait on an upright screen of 1080 or more, "
            + "'landscape' on a wide one of 1920×1080 or more), 'portrait' (1080×1920 kiosk), 'landscape' (1920×1080) or "
            + "'compact' (default ${DEFAULT-VALUE})")
    String layout = "auto";

    @Option(names = "--voice", description = "spoken prompts in elderly mode: 'speaker' (when the machine has an audio "
            + "output) or 'off' (default ${DEFAULT-VALUE})")
    String voice = "speaker";

    @Option(names = "--id-reader", description = "ID card reader: serial port, 'sim' (on-screen demo card) or 'none' (default ${DEFAULT-VALUE})")
    String idReader = "none";

    @Option(names = "--id-reader-baud", description = "ID card reader baud rate (default: the configured device's, else 115200)")
    Integer idReaderBaud;

    @Option(names = "--gpio", description = "help button and status lamp: 'none', 'mock' (Pi4J mock pins) or 'pi' (default ${DEFAULT-VALUE})")
    String gpio = "none";

    @Option(names = "--render-all", paramLabel = "DIR", description = "render every screen (portrait and landscape, "
            + "standard and elderly, Chinese and English) of a fixed sample hall at a fixed time to PNG files in DIR, "
            + "headless, and exit")
    Path renderAll;

    @Option(names = "--gpio-pins", split = ",", description = "BCM pins of help button, green lamp, red lamp (default ${DEFAULT-VALUE})")
    int[] gpioPins = {17, 22, 23};

    public static void main(String[] args) {
        System.exit(new CommandLine(new KioskMain()).execute(args));
    }

    @Override
    public Integer call() throws Exception {
        HallConfig hall;
        try {
            hall = new HallConfigLoader().load(config);
        } catch (ConfigException e) {
            System.err.println(e.getMessage());
            return 2;
        }
        if (renderAll != null) {
            System.out.println(RenderAll.run(hall, renderAll).size() + " screens rendered to " + renderAll);
            return 0;
        }
        KioskIdentity id = new KioskIdentity(kioskId, kioskId + "-printer");
        if (!List.of("speaker", "off").contains(voice)) {
            System.err.println("--voice must be speaker or off, was '" + voice + "'");
            return 2;
        }
        if (!List.of("auto", "portrait", "landscape", "compact").contains(layout)) {
            System.err.println("--layout must be auto, portrait, landscape or compact, was '" + layout + "'");
            return 2;
        }
        if (gpioPins.length != 3) {
            System.err.println("--gpio-pins takes three BCM pins: help button, green lamp, red lamp");
            return 2;
        }
        MqttLogin device;
        try {
            device = login.resolve(kioskId, System.getenv("HALLQ_KIOSK_PASSWORD"));
        } catch (RuntimeException e) {
            System.err.println(e.getMessage());
            return 2;
        }
        TicketPrinter ticketPrinter = PrinterFactory.create(printer, id.printerId(), baudFor(hall, printer, baud), simDir);
        String readerId = kioskId + "-idcard";
        IdCardReader reader = IdCardReaders.create(idReader, readerId, baudFor(hall, idReader, idReaderBaud));
        Kiosk kiosk = new Kiosk(hall, new HttpControllerClient(controller, Duration.ofSeconds(3), device), ticketPrinter, id,
                new LoggingKioskEvents(help -> { }), Duration.ofSeconds(pollSeconds), reader != null);
        if (reader != null) {
            IdCardBinding.reader(kiosk.viewModel(), reader, readerId);
        }
        AudioPort audio = AudioPort.SILENT;
        if ("speaker".equals(voice) && SpeakerAudioPort.available()) {
            audio = new SpeakerAudioPort();
        } else if ("speaker".equals(voice)) {
            log.warn("no audio output on this machine: spoken prompts are off");
        }
        VoicePrompter.attach(kiosk.viewModel(), audio);
        Gpio pins = Gpio.start(gpio, kiosk.viewModel(), kioskId, gpioPins[0], gpioPins[1], gpioPins[2]);
        CountDownLatch closed = new CountDownLatch(1);
        Platform.startup(() -> {
            Stage stage = new Stage();
            Rectangle2D screen = Screen.getPrimary().getBounds();
            KioskLayout chosen = switch (layout) {
                case "portrait" -> KioskLayout.PORTRAIT;
                case "landscape" -> KioskLayout.LANDSCAPE;
                case "compact" -> KioskLayout.COMPACT;
                default -> KioskLayout.forScreen(screen.getWidth(), screen.getHeight());
            };
            KioskView view = new KioskView(kiosk.viewModel(), hall.hall().name(), hall.hall().nameEn(), chosen);
            if (reader instanceof SimIdCardReader sim) {
                view.addSimulatedCardButton(sim::present);
            }
            stage.setTitle(hall.hall().name() + " — " + kioskId + ("sim".equals(printer) ? " (SIMULATED PRINTER)" : ""));
            stage.setScene(new Scene(view.root(), chosen.width(), chosen.height()));
            stage.setFullScreen(fullscreen);
            stage.setOnHidden(e -> closed.countDown());
            stage.show();
        });
        closed.await();
        if (pins != null) {
            pins.close();
        }
        if (reader != null) {
            reader.close();
        }
        kiosk.close();
        Platform.exit();
        return 0;
    }

    private static int baudFor(HallConfig hall, String port, Integer given) {
        if (given != null) {
            return given;
        }
        return hall.devices().stream().filter(d -> port.equals(d.port()) && d.baud() != null)
                .map(DeviceConfig::baud).findFirst().orElse(115_200);
    }
}
