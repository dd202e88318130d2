package hallq.protocol.web;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Properties;

/**
 * The chart library (Chart.js) the staff pages draw with, from its WebJar on the classpath of the
 * module that serves it, whatever version the build brought: served by the hall and the hub
 * themselves, since neither network reaches a CDN.
 */
public final class ChartJs {
    private ChartJs() {
    }

    /** The bytes of {@code chart.umd.min.js}; fails naming what is missing. */
    public static byte[] file() {
        Properties p = new Properties();
        try (InputStream in = ChartJs.class.getResourceAsStream("/META-INF/maven/org.webjars.npm/chart.js/pom.properties")) {
            if (in == null) {
                throw new IllegalStateException("the chart.js WebJar is missing from the classpath");
            }
            p.load(in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        String path = "/META-INF/resources/webjars/chart.js/" + p.getProperty("version") + "/dist/chart.umd.min.js";
        try (InputStream in = ChartJs.class.getResourceAsStream(path)) {
            if (in == null) {
                throw new IllegalStateException(path + " is missing from the classpath");
            }
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
