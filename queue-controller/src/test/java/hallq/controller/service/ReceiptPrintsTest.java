package hallq.controller.service;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import hallq.controller.testing.TestHall;
import hallq.protocol.config.DeviceConfig;
import hallq.protocol.config.HallConfig;
import hallq.protocol.mqtt.DeviceStatus;
import hallq.protocol.mqtt.PrintJob;
import hallq.protocol.rest.HandoverView;
import java.time.Instant;
import java.time.InstantSource;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Which window's printer gets a 收件通知书, what it says, when a reprint is refused, and which answers count. */
class ReceiptPrintsTest {
    private static final Instant NOW = Instant.parse("2026-12-04T02:00:00Z");
    private final HallConfig config = withPrinterAt3(TestHall.demoConfig());
    private final DeviceRegistry devices = new DeviceRegistry(config, a -> { });
    private final ReceiptPrints prints = new ReceiptPrints(config, devices, InstantSource.fixed(NOW));
    private final List<PrintJob> sent = new ArrayList<>();

    private static HallConfig withPrinterAt3(HallConfig c) {
        List<DeviceConfig> devices = new ArrayList<>(c.devices());
        devices.add(new DeviceConfig("printer-w3", DeviceConfig.ESCPOS_PRINTER, "/dev/ttyUSB9", null, null, 3));
        return new HallConfig(c.hall(), c.services(), c.windows(), c.policy(), devices, c.calendar(), c.appointments(),
                c.sessions());
    }

    private static HandoverView view(String direction) {
        OffsetDateTime sentAt = OffsetDateTime.of(2026, 12, 4, 10, 0, 0, 0, ZoneOffset.ofHours(8));
        return new HandoverView("hall-20261204-100000", direction, "hall", "本站", "street", "白云街道", "HJ", "户籍迁入",
                List.of("户口簿"), null, "A001", sentAt, sentAt.plusDays(2), null, "SENT", false, false, false,
                List.of(), "http://hall/h/tok", null, null);
    }

    private void online() {
        prints.attach(sent::add);
        devices.report("printer-w3", new DeviceStatus("printer-w3", DeviceConfig.ESCPOS_PRINTER, "ONLINE", null), NOW);
    }

    @Test
    void aWindowWithoutAPrinter_isLeftAsItIs_andAReprintThereIsRefused() {
        online();
        HandoverView v = view("OUTGOING");
        assertSame(v, prints.printSent(v, 5));
        Rejection r = assertThrows(Rejection.class, () -> prints.reprint(v, 5));
        assertTrue(r.getMessage().contains("窗口 5 没有配置收件通知书打印机"), r.getMessage());
        assertTrue(sent.isEmpty());
    }

    @Test
    void aPrinterNotHeardFrom_isNotSentTo_andTheViewSaysWhy() {
        prints.attach(sent::add);
        HandoverView p = prints.printSent(view("OUTGOING"), 3);
        assertEquals("NOT_SENT", p.printing().state());
        assertTrue(p.printing().detail().contains("未连接"), p.printing().detail());
        assertTrue(sent.isEmpty());
        assertEquals("NOT_SENT", prints.withState(view("OUTGOING")).printing().state(), "remembered for the page");
        assertThrows(Rejection.class, () -> prints.reprint(view("OUTGOING"), 3));
    }

    @Test
    void theJob_saysWhatThePageSays_andLeavesOffWhatTheHandoverLacks() {
        online();
        HandoverView p = prints.printSent(view("OUTGOING"), 3);
        assertEquals("SENT", p.printing().state());
        PrintJob job = sent.get(0);
        assertEquals(3, job.window());
        assertEquals(p.printing().job(), job.job());
        assertEquals("收件通知书", job.title());
        assertEquals(List.of("收件编号", "申请事项", "收件单位", "办理单位", "收件时间", "受理期限", "原号票"),
                job.fields().stream().map(PrintJob.Field::label).toList(), "no promised date: no 承诺办结 line");
        assertEquals("2026-12-04 10:00", job.fields().get(4).value());
        assertEquals("2026-12-06", job.fields().get(5).value());
        assertEquals("http://hall/h/tok", job.qrUrl());
        assertTrue(job.notes().get(0).contains("转报白云街道办理"), job.notes().get(0));
        assertTrue(job.hotline().contains("12345"));
    }

    @Test
    void onlyTheAnswerToTheLastJobAtItsWindow_counts() {
        online();
        HandoverView first = prints.printSent(view("OUTGOING"), 3);
        HandoverView second = prints.reprint(view("OUTGOING"), 3);
        assertFalse(prints.answered(3, new PrintJob.Result(first.printing().job(), "PRINTED", null)), "an older job");
        assertFalse(prints.answered(4, new PrintJob.Result(second.printing().job(), "PRINTED", null)), "another window");
        assertFalse(prints.answered(3, new PrintJob.Result("unknown/1", "PRINTED", null)));
        assertThrows(IllegalArgumentException.class, () -> prints.answered(3, new PrintJob.Result(second.printing()
                .job(), "DONE", null)));
        assertEquals("SENT", prints.withState(view("OUTGOING")).printing().state());
        assertTrue(prints.answered(3, new PrintJob.Result(second.printing().job(), "FAILED", "缺纸，请装纸 / paper out")));
        HandoverView.Printing p = prints.withState(view("OUTGOING")).printing();
        assertEquals("FAILED", p.state());
        assertEquals("缺纸，请装纸 / paper out", p.detail());
    }

    @Test
    void anIncomingHandover_isPrintedAtTheStationThatSentIt() {
        online();
        HandoverView in = view("INCOMING");
        assertNull(prints.printSent(in, 3).printing());
        Rejection r = assertThrows(Rejection.class, () -> prints.reprint(in, 3));
        assertTrue(r.getMessage().contains("station that sent it"), r.getMessage());
    }
}
