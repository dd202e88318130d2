package hallq.protocol.config;

import java.util.ArrayList;
import java.util.List;

/** Collects configuration faults, each as "key: what is wrong", under a key prefix. */
final class Problems {
    private final String prefix;
    private final List<String> found = new ArrayList<>();

    Problems(String prefix) {
        this.prefix = prefix;
    }

    boolean require(String key, boolean ok, String message) {
        if (!ok) {
            found.add(prefix + key + ": " + message);
        }
        return ok;
    }

    static boolean text(String s) {
        return s != null && !s.isBlank();
    }

    /** {@code s} with control and invisible formatting characters written as \\uXXXX, for messages. */
    static String visible(String s) {
        if (s == null) {
            return null;
        }
        StringBuilder b = new StringBuilder(s.length());
        s.codePoints().forEach(c -> {
            if (Character.isISOControl(c) || Character.getType(c) == Character.FORMAT
                    || Character.getType(c) == Character.SURROGATE) {
                b.append(String.format("\\u%04X", c));
            } else {
                b.appendCodePoint(c);
            }
        });
        return b.toString();
    }

    List<String> list() {
        return List.copyOf(found);
    }
}
