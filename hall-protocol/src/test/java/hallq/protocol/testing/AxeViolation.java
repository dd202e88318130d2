package hallq.protocol.testing;

import java.util.List;
import java.util.Map;

/** One rule that axe-core found broken on a page: its id, how bad ({@code minor} … {@code critical}), and where. */
public record AxeViolation(String id, String impact, String help, List<String> targets) {
    /** What a page must never have: axe-core's {@code serious} and {@code critical} findings. */
    public boolean serious() {
        return "serious".equals(impact) || "critical".equals(impact);
    }

    @SuppressWarnings("unchecked")
    static AxeViolation of(Map<String, Object> v) {
        return new AxeViolation((String) v.get("id"), String.valueOf(v.get("impact")), (String) v.get("help"),
                (List<String>) v.get("targets"));
    }

    @Override
    public String toString() {
        return impact + " " + id + ": " + help + "\n      at " + String.join("\n      at ", targets);
    }
}
