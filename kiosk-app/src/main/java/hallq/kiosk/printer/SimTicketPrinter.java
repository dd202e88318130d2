package hallq.kiosk.printer;

import hallq.devices.printer.PrintOutcome;
import hallq.devices.printer.PrinterStatus;
import hallq.devices.printer.TicketPrinter;
import hallq.devices.printer.TicketSlip;
import java.awt.Color;
import java.awt.Font;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import javax.imageio.ImageIO;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The in-process simulated printer of {@code --printer sim}: each slip becomes
 * {@code ticket-NNNN.txt} and a 576-dot-wide {@code ticket-NNNN.png} in a folder. For the real
 * wire (ESC/POS bytes over a serial line) use device-sim's SimPrinter behind a pty pair instead.
 * {@link #setPaperOut} lets a demo show the paused kiosk.
 */
public final class SimTicketPrinter implements TicketPrinter {

    private static final Logger log = LoggerFactory.getLogger(SimTicketPrinter.class);
    private static final int WIDTH = 576;
    private static final PrinterStatus READY = PrinterStatus.of(0x12, 0x12, 0x12, 0x12);
    private static final PrinterStatus PAPER_OUT = PrinterStatus.of(0x1A, 0x32, 0x12, 0x7E);

    private final Path folder;
    private final AtomicInteger sequence = new AtomicInteger();
    private volatile boolean paperOut;

    public SimTicketPrinter(Path folder) throws IOException {
        this.folder = Files.createDirectories(folder);
        log.info("SIMULATED printer: tickets are written to {}", folder.toAbsolutePath());
    }

    public void setPaperOut(boolean on) {
        paperOut = on;
    }

    @Override
    public PrinterStatus status() {
        return paperOut ? PAPER_OUT : READY;
    }

    @Override
    public PrintOutcome print(TicketSlip slip) {
        if (paperOut) {
            return PrintOutcome.of(PrintOutcome.Kind.PAPER_OUT, "paper out (simulated)");
        }
        int n = sequence.incrementAndGet();
        List<String> lines = lines(slip);
        try {
            Files.write(folder.resolve(String.format("ticket-%04d.txt", n)), lines, StandardCharsets.UTF_8);
            ImageIO.write(render(slip, lines), "png", folder.resolve(String.format("ticket-%04d.png", n)).toFile());
        } catch (IOException e) {
            return PrintOutcome.of(PrintOutcome.Kind.ERROR, "cannot write ticket file: " + e.getMessage());
        }
        return PrintOutcome.printed(false);
    }

    static List<String> lines(TicketSlip s) {
        List<String> lines = new ArrayList<>(List.of(s.hallName(), "办理区域：" + s.zone(), s.ticketNumber(),
                s.serviceName(), "您前面还有 " + s.peopleAhead() + " 人等候", "预计等候：" + s.predictedWaitText(),
                "取号时间：" + s.issuedAtText(), "[QR] " + s.qrUrl(), "扫码查看排队进度", s.hotlineText()));
        lines.addAll(s.footerLines());
        return lines;
    }

    private static BufferedImage render(TicketSlip slip, List<String> lines) {
        QrMatrix qr = QrMatrix.of(slip.qrUrl());
        int module = 6;
        int height = 40 + lines.size() * 40 + 80 + qr.size() * module;
        BufferedImage img = new BufferedImage(WIDTH, height, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = img.createGraphics();
        g.setRenderingHint(RenderingHints.KEY_TEXT_ANTIALIASING, RenderingHints.VALUE_TEXT_ANTIALIAS_ON);
        g.setColor(Color.WHITE);
        g.fillRect(0, 0, WIDTH, height);
        g.setColor(Color.BLACK);
        int y = 40;
        for (String line : lines) {
            if (line.startsWith("[QR]")) {
                int left = (WIDTH - qr.size() * module) / 2;
                for (int r = 0; r < qr.size(); r++) {
                    for (int c = 0; c < qr.size(); c++) {
                        if (qr.dark()[r][c]) {
                            g.fillRect(left + c * module, y + r * module, module, module);
                        }
                    }
                }
                y += qr.size() * module + 30;
                continue;
            }
            boolean big = line.equals(slip.ticketNumber());
            g.setFont(new Font(Font.SANS_SERIF, Font.BOLD, big ? 72 : 24));
            int w = g.getFontMetrics().stringWidth(line);
            y += big ? 70 : 0;
            g.drawString(line, Math.max(0, (WIDTH - w) / 2), y);
            y += 40;
        }
        g.dispose();
        return img;
    }
}
