package hallq.sim.printer;

import com.google.zxing.BarcodeFormat;
import com.google.zxing.EncodeHintType;
import com.google.zxing.WriterException;
import com.google.zxing.common.BitMatrix;
import com.google.zxing.qrcode.QRCodeWriter;
import com.google.zxing.qrcode.decoder.ErrorCorrectionLevel;
import hallq.devices.printer.Alignment;
import java.awt.Color;
import java.awt.Font;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.geom.AffineTransform;
import java.awt.image.BufferedImage;
import java.util.List;
import java.util.Map;

/**
 * Draws ticket elements as an 80 mm thermal printer would: 576 dots wide, 12×24-dot base font,
 * QR modules of the requested dot size with a 4-module quiet zone. Chinese text needs a CJK
 * font on the machine (e.g. Debian fonts-noto-cjk); without one it is drawn as boxes, while the
 * text transcript stays exact.
 */
final class TicketImage {

    static final int WIDTH = 576;
    private static final int BASE_LINE_HEIGHT = 30;
    private static final int MARGIN = 16;

    private TicketImage() {
    }

    static BufferedImage render(List<TicketElement> elements) {
        int height = MARGIN * 2;
        for (TicketElement e : elements) {
            height += heightOf(e);
        }
        BufferedImage image = new BufferedImage(WIDTH, height, BufferedImage.TYPE_BYTE_GRAY);
        Graphics2D g = image.createGraphics();
        try {
            g.setColor(Color.WHITE);
            g.fillRect(0, 0, WIDTH, height);
            g.setColor(Color.BLACK);
            g.setRenderingHint(RenderingHints.KEY_TEXT_ANTIALIASING, RenderingHints.VALUE_TEXT_ANTIALIAS_ON);
            int y = MARGIN;
            for (TicketElement e : elements) {
                if (e instanceof TicketElement.TextLine t) {
                    drawText(g, t, y);
                } else if (e instanceof TicketElement.QrCode q) {
                    drawQr(g, q, y);
                }
                y += heightOf(e);
            }
        } finally {
            g.dispose();
        }
        return image;
    }

    private static int heightOf(TicketElement e) {
        if (e instanceof TicketElement.TextLine t) {
            return BASE_LINE_HEIGHT * t.height();
        }
        return qrMatrix((TicketElement.QrCode) e).getHeight() * ((TicketElement.QrCode) e).moduleSize();
    }

    private static void drawText(Graphics2D g, TicketElement.TextLine t, int top) {
        Font font = new Font(Font.SANS_SERIF, t.bold() ? Font.BOLD : Font.PLAIN, 24);
        font = font.deriveFont(AffineTransform.getScaleInstance(t.width(), t.height()));
        g.setFont(font);
        int textWidth = g.getFontMetrics().stringWidth(t.text());
        int x = x(t.alignment(), textWidth);
        g.drawString(t.text(), x, top + BASE_LINE_HEIGHT * t.height() - 6 * t.height());
    }

    private static void drawQr(Graphics2D g, TicketElement.QrCode q, int top) {
        BitMatrix matrix = qrMatrix(q);
        int size = q.moduleSize();
        int left = x(q.alignment(), matrix.getWidth() * size);
        for (int my = 0; my < matrix.getHeight(); my++) {
            for (int mx = 0; mx < matrix.getWidth(); mx++) {
                if (matrix.get(mx, my)) {
                    g.fillRect(left + mx * size, top + my * size, size, size);
                }
            }
        }
    }

    /** The QR symbol at one pixel per module, with a 4-module quiet zone. */
    static BitMatrix qrMatrix(TicketElement.QrCode q) {
        try {
            return new QRCodeWriter().encode(q.payload(), BarcodeFormat.QR_CODE, 0, 0, Map.of(
                    EncodeHintType.ERROR_CORRECTION, ErrorCorrectionLevel.valueOf(q.level().name()),
                    EncodeHintType.CHARACTER_SET, "UTF-8",
                    EncodeHintType.MARGIN, 4));
        } catch (WriterException e) {
            throw new IllegalArgumentException("QR payload cannot be encoded: " + e.getMessage(), e);
        }
    }

    private static int x(Alignment alignment, int contentWidth) {
        return switch (alignment) {
            case LEFT -> MARGIN;
            case CENTER -> Math.max(0, (WIDTH - contentWidth) / 2);
            case RIGHT -> Math.max(0, WIDTH - MARGIN - contentWidth);
        };
    }
}
