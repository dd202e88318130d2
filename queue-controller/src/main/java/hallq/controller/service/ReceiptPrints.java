package hallq.controller.service;

import hallq.controller.core.Outcome;
import hallq.protocol.config.DeviceConfig;
import hallq.protocol.config.HallConfig;
import hallq.protocol.mqtt.PrintJob;
import hallq.protocol.rest.HandoverView;
import java.time.InstantSource;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Consumer;

/**
 * The 收件通知书 of a handover on the printer of the window that sent it (docs/city.md, "Handovers"):
 * a window whose {@value #DEVICE_KIND} device is configured with {@code window: N} gets the receipt as
 * a {@link PrintJob} when its clerk hands a matter over, and again when a clerk asks for a reprint. The
 * printer answers each job (printed, failed and why, expired), and the handover's staff view says so.
 * What became of the last job of each receipt is kept in memory only: after a restart a clerk sees
 * no print state and can print again; the paper itself is the record.
 */
public final class ReceiptPrints {
    public static final String DEVICE_KIND = DeviceConfig.ESCPOS_PRINTER;
    public static final String HOTLINE = "政务服务便民热线 12345";
    static final int KEEP = 2_000;
    private static final Set<String> READY = Set.of("ONLINE", "WARNING");
    private static final DateTimeFormatter MINUTE = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");
    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("yyyy-MM-dd");

    private final HallConfig config;
    private final DeviceRegistry devices;
    private final InstantSource clock;
    private final ZoneId zone;
    private volatile Consumer<PrintJob> sink;
    private final Map<String, HandoverView.Printing> byReceipt = new LinkedHashMap<>(16, 0.75f, false) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<String, HandoverView.Printing> eldest) {
            return size() > KEEP;
        }
    };
    private long jobs;

    ReceiptPrints(HallConfig config, DeviceRegistry devices, InstantSource clock) {
        this.config = config;
        this.devices = devices;
        this.clock = clock;
        this.zone = ZoneId.of(config.hall().timezone());
    }

    /** Where jobs go (the MQTT adapter); until one is attached, no window has a reachable printer. */
    public void attach(Consumer<PrintJob> sink) {
        this.sink = sink;
    }

    /** The configured receipt printer of {@code window}, if it has one. */
    public Optional<String> printerOf(int window) {
        return config.devices().stream()
                .filter(d -> DEVICE_KIND.equals(d.kind()) && Integer.valueOf(window).equals(d.window()))
                .map(DeviceConfig::id).findFirst();
    }

    /** Just sent from {@code window}: printed there if the window has a printer; unchanged otherwise. */
    HandoverView printSent(HandoverView view, int window) {
        Optional<String> device = printerOf(window);
        if (device.isEmpty() || !"OUTGOING".equals(view.direction())) {
            return view;
        }
        String why = whyNot(device.get());
        return view.withPrinting(why == null ? send(view, window, device.get())
                : record(view.receipt(), new HandoverView.Printing(null, window, device.get(), "NOT_SENT", why, now())));
    }

    /** A clerk's reprint at {@code window}: refused with the reason when there is no printer ready there. */
    HandoverView reprint(HandoverView view, int window) {
        if (!"OUTGOING".equals(view.direction())) {
            throw new Rejection(Outcome.Reason.CONFLICT, "handover " + view.receipt() + " came in from "
                    + view.fromHallName() + ": its 收件通知书 is printed at the station that sent it");
        }
        String device = printerOf(window).orElseThrow(() -> new Rejection(Outcome.Reason.CONFLICT, "窗口 " + window
                + " 没有配置收件通知书打印机，请用浏览器打印 / window " + window + " has no " + DEVICE_KIND
                + " device (window: " + window + ") in the hall configuration: print from the browser"));
        String why = whyNot(device);
        if (why != null) {
            throw new Rejection(Outcome.Reason.CONFLICT, why);
        }
        return view.withPrinting(send(view, window, device));
    }

    /** The printer's answer to a job, from {@code printers/{window}/result}; an unknown job changes nothing. */
    public synchronized boolean answered(int window, PrintJob.Result result) {
        if (result == null || result.job() == null || !Set.of(PrintJob.Result.PRINTED, PrintJob.Result.FAILED,
                PrintJob.Result.EXPIRED).contains(result.outcome())) {
            throw new IllegalArgumentException("a print result needs 'job' and 'outcome' PRINTED, FAILED or EXPIRED");
        }
        int slash = result.job().lastIndexOf('/');
        String receipt = slash < 0 ? null : result.job().substring(0, slash);
        HandoverView.Printing last = receipt == null ? null : byReceipt.get(receipt);
        if (last == null || !result.job().equals(last.job()) || last.window() != window) {
            return false;
        }
        String detail = result.detail() == null ? null : result.detail().substring(0, Math.min(200,
                result.detail().length()));
        byReceipt.put(receipt, new HandoverView.Printing(last.job(), window, last.device(), result.outcome(), detail,
                now()));
        return true;
    }

    /** The view with its last print job, if any. */
    synchronized HandoverView withState(HandoverView view) {
        HandoverView.Printing p = byReceipt.get(view.receipt());
        return p == null ? view : view.withPrinting(p);
    }

    private String whyNot(String device) {
        String state = devices.state(device);
        if (sink == null) {
            return "本控制器未连接消息服务，无法使用窗口打印机，请用浏览器打印 / no MQTT broker: print from the browser";
        }
        if (!READY.contains(state)) {
            return "窗口打印机 " + device + " 当前" + ("UNKNOWN".equals(state) ? "未连接" : "不可用（" + state + "）")
                    + "，请用浏览器打印 / printer " + device + " is " + state.toLowerCase() + ": print from the browser";
        }
        return null;
    }

    private HandoverView.Printing send(HandoverView view, int window, String device) {
        String job;
        synchronized (this) {
            job = view.receipt() + "/" + (++jobs);
        }
        sink.accept(job(view, window, job));
        return record(view.receipt(), new HandoverView.Printing(job, window, device, "SENT", null, now()));
    }

    private synchronized HandoverView.Printing record(String receipt, HandoverView.Printing p) {
        byReceipt.put(receipt, p);
        return p;
    }

    /** The 收件通知书 worded for the citizen, as the browser's page words it. */
    PrintJob job(HandoverView h, int window, String job) {
        List<PrintJob.Field> fields = new ArrayList<>();
        field(fields, "收件编号", h.receipt());
        field(fields, "申请事项", h.matterName());
        field(fields, "收件单位", h.fromHallName());
        field(fields, "办理单位", h.toHallName());
        field(fields, "收件时间", text(h.sentAt(), MINUTE));
        field(fields, "受理期限", text(h.acceptDue(), DAY));
        field(fields, "承诺办结", text(h.resultDue(), DAY));
        field(fields, "原号票", h.ticketNumber());
        String to = h.toHallName();
        List<String> notes = List.of("本站已收到上述材料，将转报" + to + "办理。" + to + "收到材料后出具受理通知书；"
                + "办理结果可到本站领取。", "凭本通知书查询、领取。");
        return new PrintJob(job, window, PrintJob.HANDOVER_RECEIPT, config.hall().name(), "收件通知书", fields,
                h.materials(), notes, h.trackUrl(), h.trackUrl() == null ? null : "扫码查看办理进度", HOTLINE);
    }

    /** A fact the handover has; one it lacks (no promised days, no ticket) is left off the paper. */
    private static void field(List<PrintJob.Field> fields, String label, String value) {
        if (value != null && !value.isBlank()) {
            fields.add(new PrintJob.Field(label, value));
        }
    }

    private String text(OffsetDateTime t, DateTimeFormatter f) {
        return t == null ? null : t.atZoneSameInstant(zone).format(f);
    }

    private OffsetDateTime now() {
        return clock.instant().atZone(zone).toOffsetDateTime();
    }
}
