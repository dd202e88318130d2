package hallq.devices.printer;

import hallq.devices.DeviceException;
import hallq.devices.serial.SerialLink;
import java.time.Duration;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * {@link TicketPrinter} (a kiosk's tickets) and {@link ReceiptPrinter} (a window's receipts) speaking
 * ESC/POS over a {@link SerialLink}.
 *
 * <p>Before each job it asks DLE EOT 1..4 and refuses to print when the paper is out, the cover
 * is open, an error is reported, or the printer does not answer within the timeout (OFFLINE).
 * After sending the job it asks again: real-time requests are answered as soon as they arrive,
 * so a paper end or silence after the job means the ticket may be incomplete, and the outcome
 * is not PRINTED. The link must be open; a write fault is reported as OFFLINE.
 */
public final class EscPosTicketPrinter implements TicketPrinter, ReceiptPrinter {

    private static final Logger log = LoggerFactory.getLogger(EscPosTicketPrinter.class);

    private final SerialLink link;
    private final TicketLayout layout;
    private final Duration statusTimeout;

    public EscPosTicketPrinter(SerialLink link, TicketLayout layout, Duration statusTimeout) {
        if (statusTimeout.isNegative() || statusTimeout.isZero()) {
            throw new IllegalArgumentException("status timeout must be positive");
        }
        this.link = link;
        this.layout = layout;
        this.statusTimeout = statusTimeout;
    }

    @Override
    public PrintOutcome print(TicketSlip slip) {
        return print("ticket " + slip.ticketNumber(), layout.render(slip));
    }

    @Override
    public PrintOutcome print(ReceiptSlip slip) {
        return print("receipt " + slip.title(), ReceiptLayout.standard().render(slip));
    }

    private synchronized PrintOutcome print(String what, byte[] job) {
        PrinterStatus before = status();
        PrintOutcome refusal = before.refusal();
        if (refusal != null) {
            log.warn("{}: {} not printed: {}", link.deviceId(), what, refusal.detail());
            return refusal;
        }
        try {
            link.write(job);
        } catch (DeviceException e) {
            return PrintOutcome.of(PrintOutcome.Kind.OFFLINE, e.getMessage());
        }
        PrinterStatus after = status();
        PrintOutcome failure = after.refusal();
        if (failure != null) {
            log.warn("{}: {} may be incomplete: {}", link.deviceId(), what, failure.detail());
            return failure;
        }
        return PrintOutcome.printed(before.paperNearEnd() || after.paperNearEnd());
    }

    @Override
    public synchronized PrinterStatus status() {
        try {
            link.discardInput();
            int[] answers = new int[StatusRequest.values().length];
            for (StatusRequest request : StatusRequest.values()) {
                int answer = ask(request);
                if (answer < 0) {
                    log.debug("{}: no answer to DLE EOT {}", link.deviceId(), request.n);
                    return PrinterStatus.noAnswer();
                }
                answers[request.ordinal()] = answer;
            }
            return PrinterStatus.of(answers[0], answers[1], answers[2], answers[3]);
        } catch (DeviceException e) {
            return PrinterStatus.noAnswer();
        }
    }

    /** Sends DLE EOT n and returns the first status-shaped byte before the deadline, or -1. */
    private int ask(StatusRequest request) throws DeviceException {
        link.write(new byte[] {EscPos.DLE, EscPos.EOT, (byte) request.n});
        long deadline = System.nanoTime() + statusTimeout.toNanos();
        byte[] one = new byte[1];
        long remaining;
        while ((remaining = deadline - System.nanoTime()) > 0) {
            int n = link.read(one, Duration.ofNanos(remaining));
            if (n == 1 && PrinterStatus.isStatusByte(one[0] & 0xFF)) {
                return one[0] & 0xFF;
            }
        }
        return -1;
    }
}
