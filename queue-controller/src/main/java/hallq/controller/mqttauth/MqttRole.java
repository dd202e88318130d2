package hallq.controller.mqttauth;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import java.util.Arrays;
import java.util.Locale;
import java.util.stream.Collectors;

/**
 * What an MQTT client is in the hall, which decides what it may publish ({@link MqttAccessPolicy}):
 * the controller everything under the hall, a board nothing, a caller keypad and an evaluator their
 * own window's command or rating and their own status, a window printer its window's print results and
 * its own status, any other device its own status only.
 */
public enum MqttRole {
    CONTROLLER, BOARD, CALLER, EVALUATOR,
    /** A window's receipt printer ({@code ./hall printer}): prints its window's jobs, answers on its result topic. */
    PRINTER, DEVICE,
    /** A self-service kiosk: on MQTT its own status only; over REST it issues tickets (hallq.controller.adapter.http.KioskLogins). */
    KIOSK;

    /** Callers, evaluators and printers belong to one window; the others to none (a board may name its window). */
    public boolean needsWindow() {
        return this == CALLER || this == EVALUATOR || this == PRINTER;
    }

    @JsonValue
    public String label() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** {@code board}, {@code BOARD}: any case; a clear message otherwise. */
    @JsonCreator
    public static MqttRole parse(String text) {
        for (MqttRole r : values()) {
            if (r.name().equalsIgnoreCase(text == null ? "" : text.strip())) {
                return r;
            }
        }
        throw new IllegalArgumentException("MQTT role must be one of " + Arrays.stream(values()).map(MqttRole::label)
                .collect(Collectors.joining(", ")) + ", got '" + text + "'");
    }
}
