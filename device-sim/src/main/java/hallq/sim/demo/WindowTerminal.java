package hallq.sim.demo;

import hallq.devices.DeviceException;
import hallq.devices.evaluator.Rating;
import hallq.devices.evaluator.Score;
import hallq.devices.evaluator.SerialEvaluator;
import hallq.devices.keypad.Key;
import hallq.devices.keypad.KeyPress;
import hallq.devices.keypad.SerialCallerKeypad;
import hallq.protocol.mqtt.CallerCommand;
import hallq.protocol.mqtt.MqttDevice;
import hallq.sim.evaluator.SimEvaluator;
import hallq.sim.keypad.SimKeypad;
import hallq.sim.mqtt.MqttCaller;
import hallq.sim.mqtt.MqttEvaluator;
import hallq.sim.pty.PtyWire;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * What sits at one window: a caller keypad (呼叫器) and an evaluator (评价器) on their serial wires
 * (pty pairs, simulators at the far end), and the window terminal that bridges them to the
 * controller over MQTT as devices of their own ({@code caller-N}, {@code evaluator-N}, each with a
 * Last Will). Keys become caller commands; prompts go to the evaluator's screen, ratings come back.
 */
final class WindowTerminal implements AutoCloseable {
    private static final Logger log = LoggerFactory.getLogger(WindowTerminal.class);
    private final int window;
    private final PtyWire keypadWire;
    private final PtyWire evaluatorWire;
    private final SimKeypad keypad;
    private final SimEvaluator evaluatorScreen;
    private final SerialCallerKeypad keypadReader;
    private final SerialEvaluator evaluatorPort;
    private final MqttCaller caller;
    private final MqttEvaluator evaluator;
    private final AtomicReference<CompletableFuture<CallerCommand.Result>> awaited = new AtomicReference<>();
    private final AtomicInteger ratings = new AtomicInteger();

    WindowTerminal(int window, Path ptyDir, MqttDevice.Settings callerDevice, MqttDevice.Settings evaluatorDevice,
                   DemoClock clock) throws Exception {
        this.window = window;
        this.keypadWire = PtyWire.open(ptyDir.resolve("w" + window + "-keypad"), "keypad-" + window,
                "sim-keypad-" + window);
        this.evaluatorWire = PtyWire.open(ptyDir.resolve("w" + window + "-evaluator"), "evaluator-" + window,
                "sim-evaluator-" + window);
        this.keypad = new SimKeypad(keypadWire.device(), window);
        this.evaluatorScreen = new SimEvaluator(evaluatorWire.device(), window);
        this.keypadReader = new SerialCallerKeypad(keypadWire.host());
        this.evaluatorPort = new SerialEvaluator(evaluatorWire.host());
        this.caller = new MqttCaller(new MqttDevice(callerDevice), window, clock, clock.zone());
        this.evaluator = new MqttEvaluator(new MqttDevice(evaluatorDevice), window, clock, clock.zone(), prompt -> {
            try {
                evaluatorPort.prompt(window, prompt.ticket());
            } catch (DeviceException e) {
                log.warn("window {}: cannot prompt the evaluator: {}", window, e.getMessage());
            }
        });
        keypadReader.listen(this::keyPressed);
        evaluatorPort.listen(this::rated);
    }

    WindowTerminal connect() {
        caller.device().connect(Duration.ofSeconds(5));
        evaluator.device().connect(Duration.ofSeconds(5));
        return this;
    }

    int window() {
        return window;
    }

    private void keyPressed(KeyPress press) {
        String cmd = press.ticket().isPresent() ? "CALL" : press.key().name();
        CompletableFuture<CallerCommand.Result> answer = caller.send(cmd, press.ticket().orElse(null));
        CompletableFuture<CallerCommand.Result> waiting = awaited.getAndSet(null);
        if (waiting != null) {
            answer.whenComplete((r, e) -> {
                if (e != null) {
                    waiting.completeExceptionally(e);
                } else {
                    waiting.complete(r);
                }
            });
        }
    }

    private void rated(Rating rating) {
        evaluator.rate(rating.ticket(), rating.score().value).whenComplete((r, e) -> {
            if (r != null && r.ok()) {
                ratings.incrementAndGet();
            } else {
                log.info("window {}: rating of {} not taken: {}", window, rating.ticket(), e != null ? e.getMessage()
                        : r.message());
            }
        });
    }

    /** The clerk presses a key on the keypad; completes with the controller's answer to it. */
    CompletableFuture<CallerCommand.Result> press(Key key) {
        CompletableFuture<CallerCommand.Result> answer = new CompletableFuture<>();
        awaited.set(answer);
        try {
            keypad.press(key);
        } catch (DeviceException e) {
            awaited.compareAndSet(answer, null);
            answer.completeExceptionally(e);
        }
        return answer;
    }

    /** The terminal's 开始办理 button (the keypad has none): the citizen has arrived. */
    CompletableFuture<CallerCommand.Result> startServing() {
        return caller.send("START", null);
    }

    /** The ticket the evaluator's screen asks the citizen to rate, if any. */
    Optional<String> promptedTicket() {
        return evaluatorScreen.promptedTicket();
    }

    /** The citizen presses a score on the evaluator. */
    void citizenRates(String ticket, Score score) throws DeviceException {
        evaluatorScreen.rate(ticket, score);
    }

    int ratingsTaken() {
        return ratings.get();
    }

    MqttCaller caller() {
        return caller;
    }

    MqttEvaluator evaluator() {
        return evaluator;
    }

    @Override
    public void close() {
        caller.close();
        evaluator.close();
        keypadReader.close();
        evaluatorPort.close();
        evaluatorScreen.close();
        keypadWire.close();
        evaluatorWire.close();
    }
}
