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

    List<String> list() {
        return List.copyOf(found);
    }
}
