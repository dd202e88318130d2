package hallq.sim.crowd;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.deser.std.StdDeserializer;
import java.io.IOException;
import java.time.Duration;

/** Durations written as in the hall configuration: 20m, 90s, 1h30m. */
final class DurationText extends StdDeserializer<Duration> {
    DurationText() {
        super(Duration.class);
    }

    @Override
    public Duration deserialize(JsonParser p, DeserializationContext ctx) throws IOException {
        String t = p.getValueAsString().trim().toLowerCase();
        if (!t.matches("(\\d+h)?(\\d+m)?(\\d+s)?") || t.isEmpty()) {
            return (Duration) ctx.handleWeirdStringValue(Duration.class, t, "write durations like 20m, 90s or 1h30m");
        }
        return Duration.parse("PT" + t.toUpperCase());
    }
}
