package hallq.sim.printer;

import hallq.devices.printer.Alignment;
import hallq.devices.printer.QrErrorLevel;
import hallq.sim.printer.EscPosCommand.*;
import java.io.ByteArrayOutputStream;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;

/**
 * What the print head does with decoded commands: keeps the current style, collects text lines
 * and QR codes, and hands a finished list of elements over at each cut. Problems (a QR print
 * with nothing stored, unknown commands) go to the problem sink.
 */
final class PaperRoll {

    private static final Charset GB18030 = Charset.forName("GB18030");

    private final Consumer<List<TicketElement>> onCut;
    private final Consumer<String> problems;
    private final List<TicketElement> elements = new ArrayList<>();
    private final ByteArrayOutputStream line = new ByteArrayOutputStream();
    private Alignment alignment;
    private boolean bold;
    private int width;
    private int height;
    private boolean chinese;
    private byte[] qrData;
    private int qrModuleSize;
    private QrErrorLevel qrLevel;

    PaperRoll(Consumer<List<TicketElement>> onCut, Consumer<String> problems) {
        this.onCut = onCut;
        this.problems = problems;
        reset();
    }

    void apply(EscPosCommand command) {
        if (command instanceof Initialize) {
            line.reset();
            reset();
        } else if (command instanceof Align a) {
            alignment = a.alignment();
        } else if (command instanceof Bold b) {
            bold = b.on();
        } else if (command instanceof Size s) {
            width = s.width();
            height = s.height();
        } else if (command instanceof ChineseMode c) {
            chinese = c.on();
        } else if (command instanceof Text t) {
            line.writeBytes(t.bytes());
        } else if (command instanceof LineFeed) {
            printLine();
        } else if (command instanceof FeedLines f) {
            printLine();
            for (int i = 1; i < f.lines(); i++) {
                printLine();
            }
        } else if (command instanceof QrModuleSize q) {
            qrModuleSize = q.dots();
        } else if (command instanceof QrError q) {
            qrLevel = q.level();
        } else if (command instanceof QrStore q) {
            qrData = q.data();
        } else if (command instanceof QrPrint) {
            printQr();
        } else if (command instanceof Cut) {
            if (line.size() > 0) {
                printLine();
            }
            onCut.accept(List.copyOf(elements));
            elements.clear();
        } else if (command instanceof Unknown u) {
            problems.accept(u.description());
        }
    }

    private void printLine() {
        Charset charset = chinese ? GB18030 : StandardCharsets.ISO_8859_1;
        elements.add(new TicketElement.TextLine(line.toString(charset), alignment, bold, width, height));
        line.reset();
    }

    private void printQr() {
        if (qrData == null || qrData.length == 0) {
            problems.accept("QR print (GS ( k fn 81) with no data stored");
            return;
        }
        String payload = new String(qrData, StandardCharsets.UTF_8);
        elements.add(new TicketElement.QrCode(payload, qrModuleSize, qrLevel, alignment));
    }

    private void reset() {
        alignment = Alignment.LEFT;
        bold = false;
        width = 1;
        height = 1;
        chinese = false;
        qrModuleSize = 3;
        qrLevel = QrErrorLevel.L;
    }
}
