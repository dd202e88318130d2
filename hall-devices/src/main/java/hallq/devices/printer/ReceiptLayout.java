package hallq.devices.printer;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;

/**
 * Lays a {@link ReceiptSlip} out as one ESC/POS job on an 80 mm roll: hall name, the title in double
 * size, each fact as {@code label：value} left-aligned, the materials numbered, the notes, a
 * printer-native QR code with its caption, the 12345 hotline, feed and partial cut. Lines longer than
 * {@value #COLUMNS} columns (a Chinese character takes two) are wrapped here, so that every printer, and
 * the simulator, breaks them alike; a line never starts with closing punctuation (，。；) — the character
 * before it goes down with it.
 */
public final class ReceiptLayout {
    /** 42 columns of font A: 504 dots, within the print width of 512- and 576-dot 80 mm printers alike. */
    public static final int COLUMNS = 42;
    private static final String NO_LINE_START = "，。、；：？！）》」』”’,.;:?!)";
    private final int qrModuleSize;

    public ReceiptLayout(int qrModuleSize) {
        if (qrModuleSize < 1 || qrModuleSize > 16) {
            throw new IllegalArgumentException("QR module size " + qrModuleSize + " outside 1..16");
        }
        this.qrModuleSize = qrModuleSize;
    }

    /** Module size 5 dots: a 60-character tracking URL is about 30 mm wide at 203 dpi. */
    public static ReceiptLayout standard() {
        return new ReceiptLayout(5);
    }

    public byte[] render(ReceiptSlip slip) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream(1024);
        try {
            write(slip, new EscPosWriter(bytes));
        } catch (IOException e) {
            throw new UncheckedIOException("writing to memory cannot fail", e);
        }
        return bytes.toByteArray();
    }

    private void write(ReceiptSlip slip, EscPosWriter w) throws IOException {
        w.initialize().chineseMode(true).align(Alignment.CENTER);
        w.bold(true).line(slip.hallName()).bold(false);
        w.size(2, 2).line(slip.title()).size(1, 1).newline();
        w.align(Alignment.LEFT);
        for (ReceiptSlip.Field f : slip.fields()) {
            line(w, f.label() + "：" + f.value());
        }
        if (!slip.materials().isEmpty()) {
            w.newline().bold(true).line("已收材料：").bold(false);
            for (int i = 0; i < slip.materials().size(); i++) {
                line(w, (i + 1) + ". " + slip.materials().get(i));
            }
        }
        if (!slip.notes().isEmpty()) {
            w.newline();
            for (String note : slip.notes()) {
                line(w, note);
            }
        }
        w.align(Alignment.CENTER);
        if (slip.qrUrl() != null) {
            w.newline().qrCode(slip.qrUrl(), qrModuleSize, QrErrorLevel.M).newline();
            if (slip.qrCaption() != null && !slip.qrCaption().isBlank()) {
                w.line(slip.qrCaption());
            }
        }
        w.line(slip.hotlineText());
        w.chineseMode(false).feed(3).cut(CutMode.PARTIAL);
    }

    private static void line(EscPosWriter w, String text) throws IOException {
        for (String part : wrap(text, COLUMNS)) {
            w.line(part);
        }
    }

    /** {@code text} in lines of at most {@code columns} columns, a character beyond ASCII taking two. */
    static java.util.List<String> wrap(String text, int columns) {
        java.util.List<String> lines = new java.util.ArrayList<>();
        StringBuilder line = new StringBuilder();
        int used = 0;
        for (int i = 0; i < text.length(); ) {
            int cp = text.codePointAt(i);
            int width = cp < 0x80 ? 1 : 2;
            if (used + width > columns) {
                String carried = "";
                if (NO_LINE_START.indexOf(cp) >= 0 && line.length() > 1) {
                    int last = line.offsetByCodePoints(line.length(), -1);
                    carried = line.substring(last);
                    line.setLength(last);
                }
                lines.add(line.toString());
                line.setLength(0);
                line.append(carried);
                used = carried.codePoints().map(c -> c < 0x80 ? 1 : 2).sum();
            }
            line.appendCodePoint(cp);
            used += width;
            i += Character.charCount(cp);
        }
        lines.add(line.toString());
        return lines;
    }
}
