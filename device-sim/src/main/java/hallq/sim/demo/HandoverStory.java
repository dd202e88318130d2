package hallq.sim.demo;

import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/**
 * The city demo's handover story (代办转报, docs/demo.md "The city demo") as decisions alone: a
 * citizen whose matter the village station cannot decide takes a ticket at its kiosk and is handed
 * over by its clerk to the competent hall, which accepts it; the station's link to the city hub is
 * cut, the receiving hall makes the result ready meanwhile, the link comes back, the station hears
 * of the result and the citizen comes back for it, takes a pickup ticket and is called. Each step
 * happens once ({@link #happened}); which move is due depends only on what has happened, when, and
 * the time and opening hours given to {@link #next}, so it is tested without a clock or a hall.
 * {@link CityHandoverStory} carries the moves out and reports what it sees.
 */
final class HandoverStory {
    /** The story's steps in their order, each with what the demo's viewers read (Chinese, then English). */
    enum Step {
        ARRIVED("群众在服务站取号", "the citizen takes a ticket at the station's kiosk"),
        SENT("服务站窗口转报（代办）", "the station's clerk hands the matter over"),
        RECEIVED("接收大厅收到转报件", "the receiving hall has it"),
        ACCEPTED("接收大厅受理", "the receiving hall accepts it"),
        ACCEPT_HEARD("服务站获知已受理", "the station hears it is accepted"),
        LINK_CUT("服务站与市级平台断网", "the station's link to the city hub is cut"),
        RESULT_READY("接收大厅办结，结果送服务站领取", "the result is ready, for pickup at the station"),
        LINK_RESTORED("服务站网络恢复", "the station's link is back"),
        READY_HEARD("服务站收到办理结果", "the station hears the result is ready"),
        PICKUP_TICKET("群众扫描收件通知书取领取号", "the citizen scans the receipt and takes a pickup ticket"),
        PICKED_UP("群众叫号领取结果", "the citizen is called and picks the result up"),
        RECEIVER_HEARD("接收大厅获知已领取", "the receiving hall hears of the pickup"),
        HUB_HEARD("市级平台记录已领取", "the city hub holds the pickup");

        final String zh;
        final String en;

        Step(String zh, String en) {
            this.zh = zh;
            this.en = en;
        }
    }

    /** What the story does itself; the rest the halls, their clerks and the hub do. */
    enum Move {
        /** The citizen walks to the station's kiosks and takes a ticket for its counter. */
        ARRIVE,
        /** A clerk of the receiving hall accepts the handover. */
        ACCEPT,
        /** The station's link to the hub is cut (the demo's fault). */
        CUT_LINK,
        /** A clerk of the receiving hall makes the result ready for pickup at the station. */
        RESULT,
        /** The station's link is restored. */
        RESTORE_LINK,
        /** The citizen comes back and scans the receipt's QR code at the station's kiosk. */
        COME_BACK
    }

    /**
     * How long each part takes, in hall time: the citizen comes {@code arriveAfter} the story
     * starts; the receiving hall accepts {@code acceptAfter} it has the handover; the result is
     * ready {@code resultAfter} the cut; the link is back {@code cutFor} after the cut (and not
     * before the result is ready); the citizen comes back {@code comeBackAfter} the station heard.
     */
    record Timing(Duration arriveAfter, Duration acceptAfter, Duration resultAfter, Duration cutFor,
                  Duration comeBackAfter) {
        static final Timing DEMO = new Timing(Duration.ofMinutes(10), Duration.ofMinutes(10), Duration.ofMinutes(15),
                Duration.ofMinutes(30), Duration.ofMinutes(10));
    }

    /** A step, when it happened (hall time), and what it concerned (a ticket number, a receipt…), or null. */
    record Moment(Step step, Instant at, String detail) {
    }

    /** How the story writes a hall time. */
    static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("HH:mm:ss");
    private final Timing timing;
    private final Instant start;
    private final Map<Step, Moment> moments = new EnumMap<>(Step.class);

    HandoverStory(Timing timing, Instant start) {
        this.timing = timing;
        this.start = start;
    }

    /**
     * The move due at {@code now}, or null (waiting for the halls, or for its time). A move is
     * asked for again until its step has {@link #happened}. The citizen comes only while the
     * station is open, the receiving hall's clerk acts only while it is open.
     */
    Move next(Instant now, boolean stationOpen, boolean receiverOpen) {
        if (!has(Step.ARRIVED)) {
            return stationOpen && due(start, timing.arriveAfter(), now) ? Move.ARRIVE : null;
        }
        if (!has(Step.ACCEPTED)) {
            return has(Step.RECEIVED) && receiverOpen && due(at(Step.RECEIVED), timing.acceptAfter(), now)
                    ? Move.ACCEPT : null;
        }
        if (!has(Step.ACCEPT_HEARD)) {
            return null;
        }
        if (!has(Step.LINK_CUT)) {
            return Move.CUT_LINK;
        }
        if (!has(Step.RESULT_READY)) {
            return receiverOpen && due(at(Step.LINK_CUT), timing.resultAfter(), now) ? Move.RESULT : null;
        }
        if (!has(Step.LINK_RESTORED)) {
            return due(at(Step.LINK_CUT), timing.cutFor(), now) ? Move.RESTORE_LINK : null;
        }
        if (!has(Step.READY_HEARD) || has(Step.PICKUP_TICKET)) {
            return null;
        }
        return stationOpen && due(at(Step.READY_HEARD), timing.comeBackAfter(), now) ? Move.COME_BACK : null;
    }

    private static boolean due(Instant since, Duration after, Instant now) {
        return !now.isBefore(since.plus(after));
    }

    /** Records the step; false (and nothing changes) when it has happened already. */
    boolean happened(Step step, Instant at, String detail) {
        return moments.putIfAbsent(step, new Moment(step, at, detail)) == null;
    }

    boolean has(Step step) {
        return moments.containsKey(step);
    }

    /** When the step happened, or null. */
    Instant at(Step step) {
        Moment m = moments.get(step);
        return m == null ? null : m.at();
    }

    /** What the step concerned, or null. */
    String detail(Step step) {
        Moment m = moments.get(step);
        return m == null ? null : m.detail();
    }

    /** Every step the halls and the hub take part in has happened: the pickup is held everywhere. */
    boolean done() {
        return moments.size() == Step.values().length;
    }

    /** The first step still to happen (null when done). */
    Step waitingFor() {
        for (Step s : Step.values()) {
            if (!has(s)) {
                return s;
            }
        }
        return null;
    }

    /** What has happened, in the order of the story. */
    List<Moment> moments() {
        return new ArrayList<>(moments.values());
    }

    /** One line for each step so far, with its hall time, and the step waited for. */
    List<String> lines(ZoneId zone) {
        List<String> out = new ArrayList<>();
        for (Moment m : moments.values()) {
            out.add(String.format("%s  %s / %s%s", TIME.format(m.at().atZone(zone)), m.step().zh,
                    m.step().en, m.detail() == null ? "" : " (" + m.detail() + ")"));
        }
        Step next = waitingFor();
        out.add(next == null ? "已完成 / done" : "等待 / waiting for: " + next.zh + " / " + next.en);
        return out;
    }
}
