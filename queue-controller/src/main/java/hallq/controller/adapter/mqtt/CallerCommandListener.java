package hallq.controller.adapter.mqtt;

import com.fasterxml.jackson.databind.ObjectMapper;
import hallq.controller.core.WindowAction;
import hallq.controller.core.WindowCommand;
import hallq.controller.service.QueueService;
import hallq.controller.service.Rejection;
import hallq.controller.service.StorageFailure;
import hallq.protocol.Json;
import hallq.protocol.mqtt.CallerCommand;
import hallq.protocol.mqtt.Topics;
import hallq.protocol.rest.WindowActionResult;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Takes caller keypad commands from {@code callers/{window}/cmd} (an envelope or a bare command) and
 * answers on {@code callers/{window}/result}. QoS 1 can deliver twice: a command whose requestId was
 * seen recently is answered again but not carried out again. Bad input is answered, never thrown.
 */
public final class CallerCommandListener implements AutoCloseable {
    private static final Logger LOG = LoggerFactory.getLogger(CallerCommandListener.class);
    private static final int REMEMBERED = 4096;
    private final QueueService service;
    private final MqttConnection mqtt;
    private final Topics topics;
    private final ObjectMapper json = Json.lenient();
    private final ExecutorService worker = Executors.newSingleThreadExecutor(r -> {
        Thread t = new Thread(r, "caller-commands");
        t.setDaemon(true);
        return t;
    });
    private final Map<String, CallerCommand.Result> seen = new LinkedHashMap<>(256, 0.75f, false) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<String, CallerCommand.Result> eldest) {
            return size() > REMEMBERED;
        }
    };

    public CallerCommandListener(QueueService service, MqttConnection mqtt) {
        this.service = service;
        this.mqtt = mqtt;
        this.topics = new Topics(service.config().hall().id());
        mqtt.subscribe(topics.allCallerCommands(), (topic, payload) -> worker.execute(() -> handleSafely(topic, payload)));
    }

    private void handleSafely(String topic, byte[] payload) {
        try {
            handle(topic, payload);
        } catch (RuntimeException e) {
            LOG.error("caller command on {} failed", topic, e);
        }
    }

    void handle(String topic, byte[] payload) {
        int window = Topics.windowOf(topic);
        if (window <= 0) {
            LOG.warn("caller command on {} dropped: the topic names no window", topic);
            return;
        }
        CallerCommand cmd = Payloads.read(json, payload, CallerCommand.SCHEMA, CallerCommand.class, b -> true);
        CallerCommand.Result result;
        if (cmd == null || cmd.cmd() == null) {
            result = new CallerCommand.Result(null, null, false, null, "not a caller command: expected JSON with 'cmd'");
        } else if (cmd.requestId() != null && seen.containsKey(window + "/" + cmd.requestId())) {
            result = seen.get(window + "/" + cmd.requestId());
        } else {
            result = execute(window, cmd);
            if (cmd.requestId() != null) {
                seen.put(window + "/" + cmd.requestId(), result);
            }
        }
        mqtt.publish(topics.callerResult(window), CallerCommand.Result.SCHEMA, result, false);
    }

    private CallerCommand.Result execute(int window, CallerCommand cmd) {
        WindowAction action = switch (cmd.cmd().toUpperCase()) {
            case "NEXT" -> WindowAction.CALL_NEXT;
            case "RECALL" -> WindowAction.RECALL;
            case "CALL" -> WindowAction.CALL;
            case "START" -> WindowAction.START;
            case "COMPLETE" -> WindowAction.COMPLETE;
            case "NO_SHOW" -> WindowAction.NO_SHOW;
            case "PAUSE" -> WindowAction.PAUSE;
            case "RESUME" -> WindowAction.RESUME;
            default -> null;
        };
        if (action == null) {
            return new CallerCommand.Result(cmd.requestId(), cmd.cmd(), false, null, "unknown command '" + cmd.cmd()
                    + "' (NEXT, RECALL, CALL, START, COMPLETE, NO_SHOW, PAUSE, RESUME)");
        }
        try {
            WindowActionResult r = service.windows().act(new WindowCommand(window, action, cmd.ticket(), null, null, null, null,
                    null, "keypad:" + window));
            String ticket = r.ticket() == null ? null : r.ticket().number();
            return new CallerCommand.Result(cmd.requestId(), cmd.cmd(), true, ticket,
                    ticket == null && action == WindowAction.CALL_NEXT ? "nobody is waiting" : null);
        } catch (Rejection | StorageFailure e) {
            return new CallerCommand.Result(cmd.requestId(), cmd.cmd(), false, null, e.getMessage());
        } catch (RuntimeException e) {
            LOG.error("caller command {} on window {} failed", cmd.cmd(), window, e);
            return new CallerCommand.Result(cmd.requestId(), cmd.cmd(), false, null, "internal error");
        }
    }

    @Override
    public void close() {
        worker.shutdownNow();
    }
}
