package hallq.protocol.config;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.deser.std.StdDeserializer;
import com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException;
import com.fasterxml.jackson.databind.module.SimpleModule;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;

/** Reads a hall configuration file (YAML) and validates it; every fault names file and key. */
public final class HallConfigLoader {
    private final ObjectMapper yaml;

    public HallConfigLoader() {
        SimpleModule durations = new SimpleModule().addDeserializer(Duration.class, new DurationText());
        yaml = YAMLMapper.builder(new YAMLFactory())
                .addModule(new JavaTimeModule())
                .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
                .enable(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES)
                .addModule(durations)
                .build();
    }

    public HallConfig load(Path file) {
        try (InputStream in = Files.newInputStream(file)) {
            return parse(file.toString(), in, ConfigReferences.besideFile(file));
        } catch (NoSuchFileException e) {
            throw new ConfigException(file + ": file not found");
        } catch (IOException e) {
            throw new ConfigException(file + ": cannot be read: " + e.getMessage());
        }
    }

    /** Loads a configuration shipped on the classpath (e.g. the demo hall); references are resources beside it. */
    public HallConfig loadResource(String name) {
        try (InputStream in = HallConfigLoader.class.getResourceAsStream(name)) {
            if (in == null) {
                throw new ConfigException(name + ": not on the classpath");
            }
            return parse(name, in, ConfigReferences.besideResource(name));
        } catch (IOException e) {
            throw new ConfigException(name + ": cannot be read: " + e.getMessage());
        }
    }

    /** Parses a hall file; files it refers to (calendar, guides) are looked up beside {@code source}. */
    public HallConfig parse(String source, InputStream in) throws IOException {
        return parse(source, in, ConfigReferences.besideFile(Path.of(source)));
    }

    private HallConfig parse(String source, InputStream in, ConfigReferences.Opener opener) throws IOException {
        HallConfig config = read(source, in, HallConfig.class);
        List<String> problems = new HallConfigValidator(config).problems();
        if (!problems.isEmpty()) {
            throw new ConfigException(source + ": " + String.join("; ", problems));
        }
        return new ConfigReferences(this, source, opener).resolve(config);
    }

    /** Reads one YAML document as {@code type}; every fault names {@code source} and the key. */
    <T> T read(String source, InputStream in, Class<T> type) throws IOException {
        T value;
        try {
            value = yaml.readValue(in, type);
        } catch (UnrecognizedPropertyException e) {
            throw new ConfigException(source + ": " + keyOf(e) + ": unknown key (allowed: "
                    + String.join(", ", e.getKnownPropertyIds().stream().map(Object::toString).sorted().toList()) + ")");
        } catch (JsonMappingException e) {
            throw new ConfigException(source + ": " + keyOf(e) + ": " + e.getOriginalMessage());
        } catch (JsonProcessingException e) {
            throw new ConfigException(source + ": not valid YAML: " + e.getOriginalMessage()
                    + (e.getLocation() == null ? "" : " (line " + e.getLocation().getLineNr() + ")"));
        }
        if (value == null) {
            throw new ConfigException(source + ": the file is empty");
        }
        return value;
    }

    static String keyOf(JsonMappingException e) {
        StringBuilder key = new StringBuilder();
        for (JsonMappingException.Reference ref : e.getPath()) {
            if (ref.getFieldName() != null) {
                key.append(key.isEmpty() ? "" : ".").append(Problems.visible(ref.getFieldName()));
            } else if (ref.getIndex() >= 0) {
                key.append('[').append(ref.getIndex()).append(']');
            }
        }
        return key.isEmpty() ? "(top level)" : key.toString();
    }

    /** "20m", "90s", "1h", "1h30m" or ISO-8601 "PT20M". */
    public static final class DurationText extends StdDeserializer<Duration> {
        public DurationText() {
            super(Duration.class);
        }

        @Override
        public Duration deserialize(JsonParser p, DeserializationContext ctx) throws IOException {
            String text = p.getValueAsString();
            Duration d = parse(text);
            if (d == null) {
                return (Duration) ctx.handleWeirdStringValue(Duration.class, text,
                        "not a duration: write it like 20m, 90s or 1h30m");
            }
            return d;
        }

        static Duration parse(String text) {
            if (text == null || text.isBlank()) {
                return null;
            }
            String t = text.trim().toLowerCase();
            try {
                if (t.startsWith("pt")) {
                    return Duration.parse(t.toUpperCase());
                }
                if (!t.matches("(\\d+h)?(\\d+m)?(\\d+s)?")) {
                    return null;
                }
                return Duration.parse("PT" + t.toUpperCase());
            } catch (RuntimeException e) {
                return null;
            }
        }
    }
}
