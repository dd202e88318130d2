package hallq.controller.core;

import static org.junit.jupiter.api.Assertions.fail;

import hallq.protocol.Channel;
import hallq.protocol.Priority;
import hallq.protocol.config.HallConfig;
import hallq.protocol.config.HallConfigLoader;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.List;

/** A small hall on a movable clock; commands are planned and applied like the controller does. */
final class CoreFixture {
    static final String YAML = """
            hall: { id: test-hall, name: 测试中心, hours: ["09:00-12:00", "13:00-17:00"] }
            appointments: { share: 0.8, perPersonActive: 3 }
            services:
              - { id: HJ, name: 户籍办理, prefix: A, zone: LICENSING, targetWaitMinutes: 20, dailyCap: 5, perPersonDailyCap: 2 }
              - { id: SB, name: 社保医保, prefix: B, zone: CONVENIENCE, targetWaitMinutes: 10 }
            windows:
              - { number: 1, services: [HJ, SB] }
              - { number: 2, services: [SB] }
              - { number: 9, services: [HJ], standby: true }
            """;
    static final ZoneId SHANGHAI = ZoneId.of("Asia/Shanghai");

    final HallConfig config;
    final QueueCore core;
    Instant now = at(2026, 11, 23, 9, 0);
    private int tokens;

    CoreFixture() {
        try {
            config = new HallConfigLoader().parse("test.yml",
                    new ByteArrayInputStream(YAML.getBytes(StandardCharsets.UTF_8)));
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
        core = new QueueCore(QueueCore.freshState(config, List.of(), true, now));
    }

    static Instant at(int y, int m, int d, int h, int min) {
        return LocalDateTime.of(y, m, d, h, min).atZone(SHANGHAI).toInstant();
    }

    void advance(Duration d) {
        now = now.plus(d);
        Change roll = core.rollover(now);
        core.apply(roll);
    }

    void minutes(long m) {
        advance(Duration.ofMinutes(m));
    }

    Ticket issue(String service) {
        return issue(service, Priority.NORMAL, null, null);
    }

    Ticket issue(String service, Priority priority, String requestId, String person) {
        return ok(issueOutcome(service, priority, requestId, person));
    }

    Outcome<Ticket> issueOutcome(String service, Priority priority, String requestId, String person) {
        return issueFor(service, priority, requestId, Person.of(person));
    }

    Outcome<Ticket> issueFor(String service, Priority priority, String requestId, Person person) {
        String token = "token-" + (++tokens) + "-abcdefghijklmnop";
        return core.issue(new IssueCommand(service, Channel.KIOSK, priority, requestId, person, token, "test"), now);
    }

    Ticket act(int window, WindowAction action) {
        return ok(core.execute(WindowCommand.of(window, action, "test"), now));
    }

    Outcome<Ticket> attempt(WindowCommand c) {
        return core.execute(c, now);
    }

    <T> T ok(Outcome<T> o) {
        if (o instanceof Outcome.Accepted<T> a) {
            core.apply(a.change());
            return a.value();
        }
        fail("rejected: " + o);
        return null;
    }

    Window window(int n) {
        return core.state().window(n);
    }
}
