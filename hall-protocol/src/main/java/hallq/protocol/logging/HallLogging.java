package hallq.protocol.logging;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.LoggerContext;
import ch.qos.logback.classic.encoder.JsonEncoder;
import ch.qos.logback.classic.encoder.PatternLayoutEncoder;
import ch.qos.logback.classic.filter.ThresholdFilter;
import ch.qos.logback.classic.spi.Configurator;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.ConsoleAppender;
import ch.qos.logback.core.OutputStreamAppender;
import ch.qos.logback.core.encoder.Encoder;
import ch.qos.logback.core.rolling.RollingFileAppender;
import ch.qos.logback.core.rolling.SizeAndTimeBasedRollingPolicy;
import ch.qos.logback.core.spi.ContextAwareBase;
import ch.qos.logback.core.util.FileSize;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.function.UnaryOperator;

/**
 * HallQ's logging, the same for every program (controller, city hub, kiosk, boards, simulator, demo), set up in
 * code rather than in a logback.xml: Joran's XML costs a start-up a third of a second, which a restart in seconds
 * cannot spare (docs/decisions.md D23). logback finds this class through {@code META-INF/services}. One line per
 * event, in either format; each setting is a system property (bin/hallq's and ./hall's {@code --log-format} and
 * {@code --log-dir} pass them) or else an environment variable (the systemd units'):
 *
 * <ul>
 * <li>{@code hallq.log.format} / {@code HALLQ_LOG_FORMAT}: {@code text} (default) or {@code json}, logback's
 * JsonEncoder, one JSON object a line
 * <li>{@code hallq.log.dir} / {@code HALLQ_LOG_DIR}: unset or empty, everything to the console (stderr, and so the
 * systemd journal under a service); set, a file NAME.log (NAME.json) in that folder, rolled over each day and at
 * {@code hallq.log.maxFileSize} (50MB) into NAME.DAY.N.log (not compressed: logback compresses in the background,
 * and a stop in the middle leaves a half-written archive), kept {@code hallq.log.maxHistory} days (30) and
 * {@code hallq.log.totalSizeCap} (1GB) in all, with only the warnings and errors on the console besides
 * <li>{@code hallq.log.name} / {@code HALLQ_LOG_NAME}: NAME (default {@code hallq}; the launchers: the command)
 * <li>{@code hallq.log.level} / {@code HALLQ_LOG_LEVEL}: INFO (default), DEBUG, WARN, ...
 * </ul>
 *
 * A {@code logback-test.xml} on the class path, or {@code -Dlogback.configurationFile=FILE}, takes precedence.
 */
public final class HallLogging extends ContextAwareBase implements Configurator {
    /** The text format's line: a stack trace stays on its event's line, its line breaks turned into " | ". */
    public static final String TEXT_LINE = "%d{yyyy-MM-dd'T'HH:mm:ss.SSSXXX} %-5level [%thread] %logger{36} - "
            + "%replace(%msg%n%ex){'\\s*[\\r\\n]+\\s*(?=\\S)', ' | '}%nopex";

    /** Libraries that say too much at INFO; their warnings and errors still show. */
    static final List<String> QUIET = List.of("org.eclipse.jetty", "io.javalin", "io.moquette", "org.eclipse.paho",
            "org.flywaydb", "com.zaxxer.hikari", "io.zonky", "io.netty", "com.fazecast");

    /** Where and how to log. {@code dir} null: the console only. */
    public record Settings(boolean json, Path dir, String name, Level level, FileSize maxFileSize, int maxHistory,
            FileSize totalSizeCap) {

        /** From system properties, else environment variables, else the defaults. */
        public static Settings fromEnvironment() {
            return from(key -> {
                String value = System.getProperty(key);
                if (value == null) {
                    value = System.getenv(key.replace('.', '_').toUpperCase(Locale.ROOT));
                }
                return value == null || value.isBlank() ? null : value.strip();
            });
        }

        /** From a lookup of {@code hallq.log.*} keys (null where unset). */
        public static Settings from(UnaryOperator<String> lookup) {
            String format = or(lookup.apply("hallq.log.format"), "text").toLowerCase(Locale.ROOT);
            if (!format.equals("text") && !format.equals("json")) {
                throw new IllegalArgumentException("log format '" + format + "': text or json");
            }
            String dir = lookup.apply("hallq.log.dir");
            return new Settings(format.equals("json"), dir == null ? null : Path.of(dir),
                    or(lookup.apply("hallq.log.name"), "hallq"),
                    Level.toLevel(or(lookup.apply("hallq.log.level"), "INFO"), Level.INFO),
                    FileSize.valueOf(or(lookup.apply("hallq.log.maxFileSize"), "50MB")),
                    Integer.parseInt(or(lookup.apply("hallq.log.maxHistory"), "30")),
                    FileSize.valueOf(or(lookup.apply("hallq.log.totalSizeCap"), "1GB")));
        }

        private static String or(String value, String otherwise) {
            return value == null ? otherwise : value;
        }

        /** The log file being written, or null for the console only. */
        public Path file() {
            return dir == null ? null : dir.resolve(name + (json ? ".json" : ".log"));
        }
    }

    @Override
    public ExecutionStatus configure(LoggerContext context) {
        if (System.getProperty("logback.configurationFile") != null
                || HallLogging.class.getClassLoader().getResource("logback-test.xml") != null) {
            return ExecutionStatus.INVOKE_NEXT_IF_ANY; // logback's own file, as logback would read it
        }
        Settings settings;
        try {
            settings = Settings.fromEnvironment();
        } catch (IllegalArgumentException e) {
            System.err.println("hallq: logging: " + e.getMessage() + "; logging as text to the console");
            settings = Settings.from(key -> null);
        }
        apply(context, settings);
        return ExecutionStatus.DO_NOT_INVOKE_NEXT_IF_ANY;
    }

    /** Sets up {@code context} afresh (dropping whatever it had) as {@code settings} say. */
    public static void apply(LoggerContext context, Settings settings) {
        context.reset();
        Logger root = context.getLogger(Logger.ROOT_LOGGER_NAME);
        root.setLevel(settings.level());
        for (String name : QUIET) {
            context.getLogger(name).setLevel(Level.WARN);
        }
        ConsoleAppender<ILoggingEvent> console = new ConsoleAppender<>();
        console.setTarget("System.err"); // stdout stays the commands' own (mqtt-client list, backup ...)
        if (settings.dir() != null) {
            ThresholdFilter warnings = new ThresholdFilter();
            warnings.setLevel(Level.WARN.levelStr);
            warnings.start();
            console.addFilter(warnings);
            root.addAppender(fileAppender(context, settings));
        }
        root.addAppender(started(context, console, "CONSOLE", settings));
    }

    /** A started appender to {@code settings.file()}, rolled over and cleaned up as {@code settings} say. */
    public static RollingFileAppender<ILoggingEvent> fileAppender(LoggerContext context, Settings settings) {
        RollingFileAppender<ILoggingEvent> file = new RollingFileAppender<>();
        file.setContext(context);
        file.setFile(settings.file().toString());
        SizeAndTimeBasedRollingPolicy<ILoggingEvent> policy = new SizeAndTimeBasedRollingPolicy<>();
        policy.setContext(context);
        policy.setParent(file);
        policy.setFileNamePattern(settings.dir().resolve(settings.name() + ".%d{yyyy-MM-dd}.%i"
                + (settings.json() ? ".json" : ".log")).toString());
        policy.setMaxFileSize(settings.maxFileSize());
        policy.setMaxHistory(settings.maxHistory());
        policy.setTotalSizeCap(settings.totalSizeCap());
        policy.start();
        file.setRollingPolicy(policy);
        return started(context, file, "FILE", settings);
    }

    private static <A extends OutputStreamAppender<ILoggingEvent>> A started(LoggerContext context, A appender,
            String name, Settings settings) {
        appender.setContext(context);
        appender.setName(name);
        appender.setEncoder(encoder(context, settings));
        appender.start();
        return appender;
    }

    private static Encoder<ILoggingEvent> encoder(LoggerContext context, Settings settings) {
        if (settings.json()) {
            JsonEncoder json = new JsonEncoder();
            json.setContext(context);
            json.setWithContext(false); // the logger context's name and birth time on every line: noise
            json.setWithArguments(false); // in formattedMessage already
            json.setWithFormattedMessage(true);
            json.start();
            return json;
        }
        PatternLayoutEncoder text = new PatternLayoutEncoder();
        text.setContext(context);
        text.setPattern(TEXT_LINE);
        text.start();
        return text;
    }
}
