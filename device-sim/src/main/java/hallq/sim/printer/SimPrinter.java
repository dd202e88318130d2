package hallq.sim.printer;

import hallq.devices.DeviceException;
import hallq.devices.serial.SerialLink;
import hallq.devices.serial.SerialReadLoop;
import hallq.sim.printer.EscPosCommand.StatusRequest;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import javax.imageio.ImageIO;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A simulated ESC/POS ticket printer at the far end of a serial link. It decodes what it
 * receives, answers DLE EOT status requests at once like a real printer, and renders every cut
 * ticket to {@code ticket-NNNN.txt} and {@code ticket-NNNN.png} in its output directory.
 *
 * <p>Like a real printer it answers status requests while still "printing": rendering runs on
 * its own thread, so {@link #cuts()} counts a ticket as soon as the cut command is decoded and
 * {@link #tickets()} lists it once its files are written.
 *
 * <p>Numbering goes on after the tickets already in the output directory, so a printer restarted
 * on the same folder never overwrites a ticket.
 *
 * <p>Faults on demand: paper out, paper near end, cover open, offline (silent). While it cannot
 * print, received print data is discarded (counted in {@link #discardedCommands()}).
 */
public final class SimPrinter implements AutoCloseable {

    private static final Logger log = LoggerFactory.getLogger(SimPrinter.class);

    private final SerialLink link;
    private final Path outputDir;
    private final EscPosDecoder decoder = new EscPosDecoder();
    private final PaperRoll roll;
    private final List<PrintedTicket> tickets = new CopyOnWriteArrayList<>();
    private final List<String> problems = new CopyOnWriteArrayList<>();
    private final AtomicInteger discarded = new AtomicInteger();
    private final AtomicInteger cuts = new AtomicInteger();
    private final int firstSequence;
    private final ExecutorService renderer;
    private volatile SimPrinterFaults faults = SimPrinterFaults.NONE;
    private SerialReadLoop loop;

    private SimPrinter(SerialLink link, Path outputDir, int firstSequence) {
        this.link = link;
        this.outputDir = outputDir;
        this.firstSequence = firstSequence;
        this.roll = new PaperRoll(this::cut, this::problem);
        this.renderer = Executors.newSingleThreadExecutor(r -> {
            Thread t = new Thread(r, "sim-printer-render-" + link.deviceId());
            t.setDaemon(true);
            return t;
        });
    }

    /** Starts serving the (open) link, writing rendered tickets into {@code outputDir}. */
    public static SimPrinter start(SerialLink link, Path outputDir) throws IOException {
        Files.createDirectories(outputDir);
        SimPrinter printer = new SimPrinter(link, outputDir, lastSequenceIn(outputDir) + 1);
        printer.loop = SerialReadLoop.start(link, printer::onBytes);
        log.info("{}: simulated printer on {}, tickets to {}", link.deviceId(), link.portName(), outputDir);
        return printer;
    }

    private static int lastSequenceIn(Path dir) throws IOException {
        try (var files = Files.list(dir)) {
            return files.map(f -> f.getFileName().toString()).filter(n -> n.matches("ticket-\\d{4,}\\.(txt|png)"))
                    .mapToInt(n -> Integer.parseInt(n.substring(7, n.indexOf('.')))).max().orElse(0);
        }
    }

    private void onBytes(byte[] chunk) {
        for (EscPosCommand command : decoder.feed(chunk)) {
            if (command instanceof StatusRequest request) {
                answer(request.n());
            } else if (faults.canPrint()) {
                roll.apply(command);
            } else {
                discarded.incrementAndGet();
            }
        }
    }

    private void answer(int n) {
        int status = faults.answer(n);
        if (status < 0) {
            return;
        }
        try {
            link.write(new byte[] {(byte) status});
        } catch (DeviceException e) {
            problem("cannot answer DLE EOT " + n + ": " + e.getMessage());
        }
    }

    private void cut(List<TicketElement> elements) {
        int sequence = firstSequence - 1 + cuts.incrementAndGet();
        renderer.execute(() -> render(sequence, elements));
    }

    private void render(int sequence, List<TicketElement> elements) {
        Path text = outputDir.resolve(String.format("ticket-%04d.txt", sequence));
        Path png = outputDir.resolve(String.format("ticket-%04d.png", sequence));
        try {
            Files.write(text, transcript(elements), StandardCharsets.UTF_8);
            ImageIO.write(TicketImage.render(elements), "png", png.toFile());
        } catch (IOException | RuntimeException e) {
            problem("cannot render ticket " + sequence + ": " + e);
        }
        tickets.add(new PrintedTicket(sequence, elements, text, png));
        log.info("{}: printed ticket {} -> {}", link.deviceId(), sequence, png);
    }

    private static List<String> transcript(List<TicketElement> elements) {
        List<String> lines = new ArrayList<>();
        for (TicketElement e : elements) {
            if (e instanceof TicketElement.TextLine t) {
                lines.add(t.text());
            } else if (e instanceof TicketElement.QrCode q) {
                lines.add("[QR " + q.level() + " " + q.moduleSize() + "dot] " + q.payload());
            }
        }
        return lines;
    }

    private void problem(String message) {
        log.warn("{}: {}", link.deviceId(), message);
        problems.add(message);
    }

    public synchronized void setPaperOut(boolean on) {
        faults = new SimPrinterFaults(on, faults.paperNearEnd(), faults.coverOpen(), faults.silent());
    }

    public synchronized void setPaperNearEnd(boolean on) {
        faults = new SimPrinterFaults(faults.paperOut(), on, faults.coverOpen(), faults.silent());
    }

    public synchronized void setCoverOpen(boolean on) {
        faults = new SimPrinterFaults(faults.paperOut(), faults.paperNearEnd(), on, faults.silent());
    }

    /** Offline: stops answering and printing, as when switched off or unplugged. */
    public synchronized void setOffline(boolean on) {
        faults = new SimPrinterFaults(faults.paperOut(), faults.paperNearEnd(), faults.coverOpen(), on);
    }

    public List<PrintedTicket> tickets() {
        return List.copyOf(tickets);
    }

    /** Unknown commands and other oddities seen on the line. */
    public List<String> problems() {
        return List.copyOf(problems);
    }

    /** Tickets cut so far (counted when the cut is decoded, before rendering). */
    public int cuts() {
        return cuts.get();
    }

    public int discardedCommands() {
        return discarded.get();
    }

    public boolean isRunning() {
        return loop.isRunning();
    }

    /** Stops reading and finishes pending renders; the link stays open (its owner closes it). */
    @Override
    public void close() {
        loop.close();
        renderer.shutdown();
        try {
            renderer.awaitTermination(5, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
