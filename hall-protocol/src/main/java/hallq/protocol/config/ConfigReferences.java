package hallq.protocol.config;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Replaces the file references of a hall file (its working-day calendar, its services' guides) by
 * the files' validated content; inline sections are validated where they stand. A fault names the
 * referenced file (or the hall file and key for an inline section).
 */
final class ConfigReferences {
    /** Opens a file named relative to the hall file; {@link #name} is how faults refer to it. */
    interface Opener {
        String name(String reference);

        InputStream open(String reference) throws IOException;
    }

    private final HallConfigLoader loader;
    private final String source;
    private final Opener opener;

    ConfigReferences(HallConfigLoader loader, String source, Opener opener) {
        this.loader = loader;
        this.source = source;
        this.opener = opener;
    }

    static Opener besideFile(Path hallFile) {
        return new Opener() {
            @Override
            public String name(String reference) {
                return hallFile.resolveSibling(reference).normalize().toString();
            }

            @Override
            public InputStream open(String reference) throws IOException {
                return Files.newInputStream(hallFile.resolveSibling(reference));
            }
        };
    }

    static Opener besideResource(String hallResource) {
        String folder = hallResource.substring(0, hallResource.lastIndexOf('/') + 1);
        return new Opener() {
            @Override
            public String name(String reference) {
                return folder + reference;
            }

            @Override
            public InputStream open(String reference) throws IOException {
                InputStream in = HallConfigLoader.class.getResourceAsStream(folder + reference);
                if (in == null) {
                    throw new NoSuchFileException(folder + reference);
                }
                return in;
            }
        };
    }

    HallConfig resolve(HallConfig config) throws IOException {
        CalendarConfig calendar = config.calendar() == null ? null
                : config.calendar().file() == null ? inline(config.calendar())
                : referenced("calendar", config.calendar().file(), CalendarConfig.class).from(
                        opener.name(config.calendar().file()));
        List<ServiceConfig> services = new ArrayList<>();
        for (int i = 0; i < config.services().size(); i++) {
            ServiceConfig s = config.services().get(i);
            ServiceGuide g = s.guide();
            if (g == null) {
                services.add(s);
            } else if (g.file() == null) {
                check(new GuideValidator(g, "services[" + i + "].guide.").problems(), source);
                services.add(s);
            } else {
                services.add(s.withGuide(referenced("services[" + i + "].guide", g.file(), ServiceGuide.class)
                        .from(opener.name(g.file()))));
            }
        }
        return config.withReferences(calendar, services);
    }

    private CalendarConfig inline(CalendarConfig calendar) {
        check(new CalendarValidator(calendar, "calendar.").problems(), source);
        return calendar;
    }

    private <T> T referenced(String key, String reference, Class<T> type) throws IOException {
        if (!relativeBelow(reference)) {
            throw new ConfigException(source + ": " + key + ": '" + Problems.visible(reference)
                    + "' must name a file beside the hall file or in a folder below it");
        }
        String name = opener.name(reference);
        T value;
        try (InputStream in = opener.open(reference)) {
            value = loader.read(name, in, type);
        } catch (NoSuchFileException e) {
            throw new ConfigException(source + ": " + key + ": file " + name + " not found");
        }
        List<String> problems;
        if (value instanceof CalendarConfig c) {
            problems = c.file() != null ? List.of("must hold the calendar itself (weekend, years), not a reference")
                    : new CalendarValidator(c, "").problems();
        } else {
            ServiceGuide g = (ServiceGuide) value;
            problems = g.file() != null ? List.of("must hold the guide itself, not a reference")
                    : new GuideValidator(g, "").problems();
        }
        check(problems, name);
        return value;
    }

    private static boolean relativeBelow(String reference) {
        try {
            return !reference.isBlank() && !Path.of(reference).isAbsolute() && !reference.contains("..");
        } catch (InvalidPathException e) {
            return false; // e.g. a NUL character: no file has such a name
        }
    }

    private static void check(List<String> problems, String where) {
        if (!problems.isEmpty()) {
            throw new ConfigException(where + ": " + String.join("; ", problems));
        }
    }
}
