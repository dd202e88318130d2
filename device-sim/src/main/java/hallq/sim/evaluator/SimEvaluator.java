package hallq.sim.evaluator;

import hallq.devices.DeviceException;
import hallq.devices.DeviceListener;
import hallq.devices.evaluator.EvaluatorFrames;
import hallq.devices.evaluator.EvaluatorFrames.Prompt;
import hallq.devices.evaluator.Rating;
import hallq.devices.evaluator.Score;
import hallq.devices.frame.FrameReceiver;
import hallq.devices.serial.SerialLink;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CopyOnWriteArrayList;

/**
 * A simulated window evaluator (评价器): receives prompts for its window and sends the
 * citizen's rating on demand.
 */
public final class SimEvaluator implements AutoCloseable {

    private final SerialLink link;
    private final int window;
    private final List<Prompt> prompts = new CopyOnWriteArrayList<>();
    private final FrameReceiver<Prompt> receiver;

    public SimEvaluator(SerialLink link, int window) {
        this.link = link;
        this.window = window;
        DeviceListener<Prompt> onPrompt = prompt -> {
            if (prompt.window() == window) {
                prompts.add(prompt);
            }
        };
        this.receiver = FrameReceiver.start(link, EvaluatorFrames::decodePrompt, onPrompt);
    }

    public List<Prompt> prompts() {
        return List.copyOf(prompts);
    }

    /** The ticket the evaluator currently asks to rate. */
    public Optional<String> promptedTicket() {
        return prompts.isEmpty() ? Optional.empty() : Optional.of(prompts.get(prompts.size() - 1).ticket());
    }

    /** The citizen presses a score for the prompted ticket. */
    public void rate(Score score) throws DeviceException {
        String ticket = promptedTicket().orElseThrow(
                () -> new IllegalStateException("evaluator " + window + " has no ticket to rate"));
        rate(ticket, score);
    }

    public void rate(String ticket, Score score) throws DeviceException {
        link.write(EvaluatorFrames.encodeRating(new Rating(window, ticket, score)));
    }

    public void sendRaw(byte[] bytes) throws DeviceException {
        link.write(bytes);
    }

    @Override
    public void close() {
        receiver.close();
    }
}
