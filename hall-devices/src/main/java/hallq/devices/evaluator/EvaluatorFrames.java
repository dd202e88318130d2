package hallq.devices.evaluator;

import hallq.devices.TicketNumbers;
import hallq.devices.frame.Decoded;
import hallq.devices.frame.Frame;
import hallq.devices.frame.FrameCodec;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;

/**
 * Evaluator (评价器) frames. Address = window number (1..254).
 *
 * <pre>
 * 0x30 PROMPT  controller → evaluator  payload: ticket number, ASCII, 1..12 bytes
 * 0x31 RATING  evaluator → controller  payload: score 1..5 (1 byte) + ticket number, ASCII
 * </pre>
 */
public final class EvaluatorFrames {

    public static final int PROMPT = 0x30;
    public static final int RATING = 0x31;

    private EvaluatorFrames() {
    }

    public static byte[] encodePrompt(int window, String ticket) {
        requireWindow(window);
        return FrameCodec.encode(window, PROMPT, TicketNumbers.requireValid(ticket).getBytes(StandardCharsets.US_ASCII));
    }

    public static byte[] encodeRating(Rating rating) {
        byte[] ticket = rating.ticket().getBytes(StandardCharsets.US_ASCII);
        byte[] payload = new byte[1 + ticket.length];
        payload[0] = (byte) rating.score().value;
        System.arraycopy(ticket, 0, payload, 1, ticket.length);
        return FrameCodec.encode(rating.window(), RATING, payload);
    }

    /** Decodes what an evaluator sends (RATING). */
    public static Decoded<Rating> decodeRating(Frame frame) {
        byte[] p = frame.payload();
        if (frame.command() != RATING) {
            return Decoded.failure(String.format("evaluator %d sent unknown command 0x%02X", frame.address(), frame.command()));
        }
        if (p.length < 2) {
            return Decoded.failure("evaluator " + frame.address() + " sent a rating of " + p.length + " byte(s)");
        }
        Score score = Score.ofValue(p[0]);
        String ticket = new String(Arrays.copyOfRange(p, 1, p.length), StandardCharsets.US_ASCII);
        if (score == null || !TicketNumbers.isValid(ticket) || !validWindow(frame.address())) {
            return Decoded.failure("evaluator " + frame.address() + " sent bad rating: score " + p[0] + ", ticket '" + ticket + "'");
        }
        return Decoded.value(new Rating(frame.address(), ticket, score));
    }

    /** Decodes what the controller sends (PROMPT): the ticket number to rate. */
    public static Decoded<Prompt> decodePrompt(Frame frame) {
        if (frame.command() != PROMPT) {
            return Decoded.failure(String.format("unknown evaluator command 0x%02X", frame.command()));
        }
        String ticket = new String(frame.payload(), StandardCharsets.US_ASCII);
        if (!TicketNumbers.isValid(ticket) || !validWindow(frame.address())) {
            return Decoded.failure("bad prompt for window " + frame.address() + ": ticket '" + ticket + "'");
        }
        return Decoded.value(new Prompt(frame.address(), ticket));
    }

    /** A request to the evaluator of {@code window} to ask for a rating of {@code ticket}. */
    public record Prompt(int window, String ticket) {
        public Prompt {
            requireWindow(window);
            TicketNumbers.requireValid(ticket);
        }
    }

    private static boolean validWindow(int window) {
        return window >= 1 && window <= 254;
    }

    private static void requireWindow(int window) {
        if (!validWindow(window)) {
            throw new IllegalArgumentException("evaluator window " + window + " outside 1..254");
        }
    }
}
