package hallq.controller.doctor;

import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;

/**
 * Doctor's judgement of what waits to leave the hall (pure): the 好差评 export, whose ratings are
 * official records the province's platform must receive, and the city outbox, which may wait for
 * days by design (a hall cut off from the hub runs on alone) but should not wait unnoticed.
 */
public final class ExportJudgements {
    /** Ratings waiting longer than this mean the export is failing (it delivers every few seconds). */
    static final Duration RATINGS_LATE = Duration.ofHours(1);
    /** Longer than this, the platform is a day behind: a failure, not a warning. */
    static final Duration RATINGS_FAILED = Duration.ofHours(24);
    /** City events waiting longer than this mean the link is down (the relay sends within seconds). */
    static final Duration CITY_LATE = Duration.ofMinutes(10);
    private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");

    private ExportJudgements() {
    }

    public static List<Finding> judge(DatabaseFacts facts, ZoneId zone, Instant now) {
        List<Finding> out = new ArrayList<>(ratings(facts, zone, now));
        out.add(city(facts.city(), zone, now));
        return out;
    }

    static List<Finding> ratings(DatabaseFacts facts, ZoneId zone, Instant now) {
        if (facts.ratingSinks().isEmpty()) {
            return List.of(facts.ratings() == 0 ? Finding.ok("ratings", "no ratings yet, none to export")
                    : Finding.warn("ratings", String.format("no 好差评 export has taken any of the %,d ratings (the "
                            + "first of %s): the controller exports to a daily file unless started with "
                            + "--rating-export off; if this hall exports, see the controller's log "
                            + "(\"好差评 export to …\") and docs/ratings-export.md", facts.ratings(),
                            at(facts.firstRating(), zone))));
        }
        List<Finding> out = new ArrayList<>();
        for (Backlog b : facts.ratingSinks()) {
            String taken = b.lastTaken() == null ? "" : ", last taken " + at(b.lastTaken(), zone);
            if (b.waiting() == 0) {
                out.add(Finding.ok("ratings", "好差评 export to " + b.receiver() + ": every rating taken" + taken));
                continue;
            }
            Duration age = Duration.between(b.oldest(), now);
            String what = String.format("好差评 export to %s: %,d ratings waiting since %s%s", b.receiver(), b.waiting(),
                    at(b.oldest(), zone), taken);
            if (age.compareTo(RATINGS_LATE) <= 0) {
                out.add(Finding.ok("ratings", what + " (delivered within seconds while the controller runs)"));
            } else {
                String fix = ": the export is failing; the controller's log says why (\"好差评 export to …\"): "
                        + "check the platform's address and token, or the export folder's permissions";
                out.add(age.compareTo(RATINGS_FAILED) > 0 ? Finding.fail("ratings", what + fix)
                        : Finding.warn("ratings", what + fix));
            }
        }
        return out;
    }

    static Finding city(Backlog city, ZoneId zone, Instant now) {
        if (city == null) {
            return Finding.ok("city", "not linked to a city hub (the hall runs alone)");
        }
        String heard = city.lastTaken() == null ? "never acknowledged" : "last acknowledged " + at(city.lastTaken(), zone);
        if (city.waiting() == 0) {
            return Finding.ok("city", "the city hub holds every event (" + heard + ")");
        }
        String what = String.format("%,d events wait for the city hub since %s (%s)", city.waiting(),
                at(city.oldest(), zone), heard);
        if (Duration.between(city.oldest(), now).compareTo(CITY_LATE) <= 0) {
            return Finding.ok("city", what + "; the relay sends within seconds");
        }
        return Finding.warn("city", what + ": the hall runs on alone and keeps them; check the link to the hub "
                + "(/health says LINKED or UNLINKED, the log says why) and the hall's password there");
    }

    private static String at(Instant t, ZoneId zone) {
        return t == null ? "?" : WHEN.format(t.atZone(zone));
    }
}
