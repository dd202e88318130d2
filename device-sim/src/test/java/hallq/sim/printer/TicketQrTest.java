package hallq.sim.printer;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import hallq.devices.printer.EscPosTicketPrinter;
import hallq.devices.printer.TicketLayout;
import hallq.devices.printer.TicketPrinter;
import hallq.devices.printer.TicketSlip;
import hallq.sim.serial.InMemorySerialPair;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Base64;
import java.util.List;
import java.util.SplittableRandom;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Every rendered ticket's QR code reads back, whatever the token (the mask pattern changes with it). */
class TicketQrTest {

    @TempDir
    Path dir;

    @Test
    void read_manyTicketsWithRandomTokens_allDecodeToTheirUrl() throws Exception {
        InMemorySerialPair wire = new InMemorySerialPair("kiosk-1-printer", "sim-printer");
        wire.a().open();
        wire.b().open();
        SimPrinter sim = SimPrinter.start(wire.b(), dir);
        try {
            TicketPrinter printer = new EscPosTicketPrinter(wire.a(), TicketLayout.standard(), Duration.ofMillis(300));
            SplittableRandom rng = new SplittableRandom(42);
            int n = 120;
            String[] urls = new String[n];
            for (int i = 0; i < n; i++) {
                byte[] token = new byte[18];
                rng.nextBytes(token);
                urls[i] = "http://127.0.0.1:8080/t/" + Base64.getUrlEncoder().withoutPadding().encodeToString(token);
                TicketSlip slip = new TicketSlip("云山区政务服务中心", "G" + String.format("%03d", i), "社保医保", i % 9,
                        "约 " + (i % 30 + 1) + " 分钟", "2026-11-23 10:15", "便民服务区", urls[i], "政务服务便民热线 12345",
                        i % 7 == 0 ? List.of("【绿色通道】", "请留意叫号屏幕与语音提示") : List.of("请留意叫号屏幕与语音提示"));
                assertTrue(printer.print(slip).printed());
            }
            List<PrintedTicket> tickets = Awaitility.await().atMost(Duration.ofSeconds(60))
                    .until(sim::tickets, t -> t.size() == n);
            for (PrintedTicket t : tickets) {
                assertEquals(urls[t.sequence() - 1], TicketQr.read(t.pngFile()), t.pngFile().toString());
            }
        } finally {
            sim.close();
            wire.a().close();
            wire.b().close();
        }
    }

    /** A ticket from a demo run whose code zxing's detector misreads at full size (a false alignment pattern). */
    @Test
    void read_aTicketTheDetectorMisreadsAtFullSize_readsAtHalfSize() throws Exception {
        Path png = Path.of(TicketQrTest.class.getResource("/qr/ticket-false-alignment.png").toURI());
        assertEquals("http://127.0.0.1:8080/t/cStTjT8fMVwxNIHEPNovHHhQ", TicketQr.read(png));
    }
}
