package hallq.devices.printer;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;

/**
 * Lays a {@link TicketSlip} out as one ESC/POS job: hall name, big ticket number, service,
 * people ahead and predicted wait, issue time, a printer-native QR code, the 12345 hotline,
 * footer lines, feed and partial cut.
 */
public final class TicketLayout {

    private final int qrModuleSize;
    private final QrErrorLevel qrErrorLevel;

    public TicketLayout(int qrModuleSize, QrErrorLevel qrErrorLevel) {
        if (qrModuleSize < 1 || qrModuleSize > 16) {
            throw new IllegalArgumentException("QR module size " + qrModuleSize + " outside 1..16");
        }
        this.qrModuleSize = qrModuleSize;
        this.qrErrorLevel = qrErrorLevel;
    }

    /** Module size 6 dots, level M: a 40-character URL is about 25 mm wide at 203 dpi. */
    public static TicketLayout standard() {
        return new TicketLayout(6, QrErrorLevel.M);
    }

    public byte[] render(TicketSlip slip) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream(512);
        try {
            write(slip, new EscPosWriter(bytes));
        } catch (IOException e) {
            throw new UncheckedIOException("writing to memory cannot fail", e);
        }
        return bytes.toByteArray();
    }

    private void write(TicketSlip slip, EscPosWriter w) throws IOException {
        w.initialize().chineseMode(true).align(Alignment.CENTER);
        w.bold(true).line(slip.hallName()).bold(false);
        if (!slip.zone().isBlank()) {
            w.line("办理区域：" + slip.zone());
        }
        w.newline();
        w.size(3, 3).line(slip.ticketNumber()).size(1, 1);
        w.bold(true).line(slip.serviceName()).bold(false);
        w.line("您前面还有 " + slip.peopleAhead() + " 人等候");
        if (!slip.predictedWaitText().isBlank()) {
            w.line("预计等候：" + slip.predictedWaitText());
        }
        w.line("取号时间：" + slip.issuedAtText());
        w.newline();
        w.qrCode(slip.qrUrl(), qrModuleSize, qrErrorLevel).newline();
        w.line("扫码查看排队进度");
        w.line(slip.hotlineText());
        for (String footer : slip.footerLines()) {
            w.line(footer);
        }
        w.chineseMode(false).feed(3).cut(CutMode.PARTIAL);
    }
}
