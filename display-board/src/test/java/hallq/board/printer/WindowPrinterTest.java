package hallq.board.printer;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import hallq.devices.printer.PrintOutcome;
import hallq.devices.printer.PrinterStatus;
import hallq.devices.printer.ReceiptPrinter;
import hallq.devices.printer.ReceiptSlip;
import hallq.protocol.Json;
import hallq.protocol.mqtt.Envelope;
import hallq.protocol.mqtt.PrintJob;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.InstantSource;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** What the window printer does with each message: print once, answer every time, never print the late or the broken. */
class WindowPrinterTest {
    private static final Instant NOW = Instant.parse("2026-12-04T02:00:00Z");
    private final List<ReceiptSlip> paper = new ArrayList<>();
    private final List<PrintJob.Result> answers = new ArrayList<>();
    private final List<String> statuses = new ArrayList<>();
    private PrintOutcome next = PrintOutcome.printed(false);
    private final ReceiptPrinter printer = new ReceiptPrinter() {
        @Override
        public PrintOutcome print(ReceiptSlip slip) {
            if (next.printed()) {
                paper.add(slip);
            }
            return next;
        }

        @Override
        public PrinterStatus status() {
            return PrinterStatus.of(0x12, 0x12, 0x12, 0x12);
        }
    };
    private final WindowPrinter w3 = new WindowPrinter(3, printer, InstantSource.fixed(NOW), new WindowPrinter.Link() {
        @Override
        public void answer(PrintJob.Result result) {
            answers.add(result);
        }

        @Override
        public void status(String state, String detail) {
            statuses.add(state + (detail == null ? "" : " " + detail));
        }
    });

    private static PrintJob job(String id, int window) {
        return new PrintJob(id, window, PrintJob.HANDOVER_RECEIPT, "站", "收件通知书",
                List.of(new PrintJob.Field("收件编号", id)), List.of("户口簿"), List.of(), "http://h/t", "扫码", "热线 12345");
    }

    private static byte[] message(Object data, Instant at) throws Exception {
        return Json.strict().writeValueAsBytes(new Envelope<>(PrintJob.SCHEMA, "e", 1,
                at == null ? null : OffsetDateTime.ofInstant(at, ZoneOffset.ofHours(8)), data));
    }

    @Test
    void aJob_isPrintedOnce_andAnsweredEachTimeItComes() throws Exception {
        byte[] m = message(job("r/1", 3), NOW.minusSeconds(2));
        w3.onMessage(m);
        w3.onMessage(m);
        assertEquals(1, paper.size());
        assertEquals("收件通知书", paper.get(0).title());
        assertEquals(List.of("PRINTED", "PRINTED"), answers.stream().map(PrintJob.Result::outcome).toList());
        assertEquals("ONLINE", statuses.get(statuses.size() - 1));
    }

    @Test
    void aLateJob_expires_unprinted() throws Exception {
        w3.onMessage(message(job("r/2", 3), NOW.minusSeconds(PrintJob.MAX_AGE_SECONDS + 1)));
        assertTrue(paper.isEmpty());
        assertEquals("EXPIRED", answers.get(0).outcome());
    }

    @Test
    void paperOut_failsTheJob_andTheDeviceSaysFault() throws Exception {
        next = PrintOutcome.of(PrintOutcome.Kind.PAPER_OUT, "paper out");
        w3.onMessage(message(job("r/3", 3), NOW));
        assertEquals("FAILED", answers.get(0).outcome());
        assertTrue(answers.get(0).detail().startsWith("缺纸"), answers.get(0).detail());
        assertTrue(statuses.get(statuses.size() - 1).startsWith("FAULT 缺纸"), statuses.toString());
    }

    @Test
    void whatIsNoJobForThisWindow_isDropped_orAnsweredAsUnprintable() throws Exception {
        w3.onMessage("not json".getBytes(StandardCharsets.UTF_8));
        w3.onMessage("{\"schema\":\"hallq.other/1\",\"data\":{}}".getBytes(StandardCharsets.UTF_8));
        w3.onMessage(message(job("r/4", 4), NOW));
        w3.onMessage(message(job("", 3), NOW));
        w3.onMessage("{\"data\":{\"job\":\"r/5\",\"window\":\"three\"}}".getBytes(StandardCharsets.UTF_8));
        assertTrue(answers.isEmpty(), answers.toString());
        w3.onMessage(message(job("r/6", 3), null));
        w3.onMessage(message(new PrintJob("r/7", 3, PrintJob.HANDOVER_RECEIPT, "站", "收件通知书", List.of(),
                List.of("户口簿\u001B@"), List.of(), null, null, "热线 12345"), NOW));
        w3.onMessage(message(new PrintJob("r/8", 3, PrintJob.HANDOVER_RECEIPT, null, null, null, null, null, null,
                null, null), NOW));
        assertEquals(List.of("FAILED", "FAILED", "FAILED"), answers.stream().map(PrintJob.Result::outcome).toList());
        assertTrue(answers.get(1).detail().contains("control character"), answers.get(1).detail());
        assertTrue(paper.isEmpty());
    }

    @Test
    void heartbeat_saysHowThePrinterIs() {
        w3.heartbeat();
        assertEquals("ONLINE", statuses.get(0));
    }
}
