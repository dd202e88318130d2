package hallq.sim.printer;

import java.nio.file.Path;
import java.util.List;

/**
 * A ticket the simulated printer cut off, with the files it rendered: a text transcript and a
 * PNG image at printer resolution (QR code drawn from the GS ( k data).
 */
public record PrintedTicket(int sequence, List<TicketElement> elements, Path textFile, Path pngFile) {

    public PrintedTicket {
        elements = List.copyOf(elements);
    }

    /** Text lines as printed (blank lines included, QR codes left out). */
    public List<String> lines() {
        return elements.stream()
                .filter(TicketElement.TextLine.class::isInstance)
                .map(e -> ((TicketElement.TextLine) e).text())
                .toList();
    }

    public List<String> qrPayloads() {
        return elements.stream()
                .filter(TicketElement.QrCode.class::isInstance)
                .map(e -> ((TicketElement.QrCode) e).payload())
                .toList();
    }

    public String text() {
        return String.join("\n", lines());
    }
}
