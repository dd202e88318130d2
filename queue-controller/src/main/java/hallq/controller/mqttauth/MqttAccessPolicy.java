package hallq.controller.mqttauth;

import hallq.protocol.mqtt.Topics;

/**
 * Who may publish and subscribe where, for one hall (docs/protocol.md, "Who may publish what").
 * Pure: a client, a topic, a yes or no.
 *
 * <ul>
 *   <li>Every client may subscribe to its hall's topics ({@code hallq/v1/{hall}/...}); nothing else,
 *       and no filter that reaches beyond the hall (a wildcard in the hall's own prefix, {@code #}).</li>
 *   <li>The controller publishes anywhere under the hall; nobody else publishes state, calls, alerts,
 *       prompts or results.</li>
 *   <li>A board publishes nothing.</li>
 *   <li>A caller publishes its window's {@code callers/{n}/cmd}, an evaluator its window's
 *       {@code evaluators/{n}/rating}, a printer its window's {@code printers/{n}/result}; all of them, and any
 *       other device, their own {@code devices/{name}/status}.</li>
 *   <li>A client id is the client's name, or its name, {@code @} and anything (several connections of
 *       one board): nobody can take over another client's session by borrowing its id.</li>
 * </ul>
 */
public final class MqttAccessPolicy {
    private final Topics topics;
    private final String prefix;

    public MqttAccessPolicy(String hallId) {
        this.topics = new Topics(hallId);
        this.prefix = Topics.ROOT + hallId + "/";
    }

    public boolean mayPublish(MqttAccount client, String topic) {
        if (!isTopicName(topic) || !topic.startsWith(prefix)) {
            return false;
        }
        return switch (client.role()) {
            case CONTROLLER -> true;
            case BOARD -> false;
            case CALLER -> topic.equals(topics.callerCommand(client.window())) || ownStatus(client, topic);
            case EVALUATOR -> topic.equals(topics.evaluatorRating(client.window())) || ownStatus(client, topic);
            case PRINTER -> topic.equals(topics.printerResult(client.window())) || ownStatus(client, topic);
            case DEVICE, KIOSK -> ownStatus(client, topic);
        };
    }

    /** A filter inside the hall: the hall's prefix written out, wildcards only after it. */
    public boolean maySubscribe(MqttAccount client, String filter) {
        return filter != null && filter.startsWith(prefix) && filter.length() > prefix.length()
                && filter.indexOf('\0') < 0;
    }

    public boolean mayUseClientId(MqttAccount client, String clientId) {
        return clientId != null && (clientId.equals(client.name()) || clientId.startsWith(client.name() + "@"));
    }

    private boolean ownStatus(MqttAccount client, String topic) {
        return topic.equals(topics.deviceStatus(client.name()));
    }

    private static boolean isTopicName(String topic) {
        return topic != null && !topic.isEmpty() && topic.indexOf('+') < 0 && topic.indexOf('#') < 0
                && topic.indexOf('\0') < 0;
    }
}
