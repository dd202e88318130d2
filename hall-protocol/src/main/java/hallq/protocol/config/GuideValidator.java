package hallq.protocol.config;

import java.util.List;

/** Checks a service guide: what a citizen needs is all there, counts and time limits make sense. */
final class GuideValidator {
    private final ServiceGuide guide;
    private final Problems problems;

    GuideValidator(ServiceGuide guide, String prefix) {
        this.guide = guide;
        this.problems = new Problems(prefix);
    }

    List<String> problems() {
        problems.require("matter", Problems.text(guide.matter()), "missing: name the matter (事项名称)");
        problems.require("department", Problems.text(guide.department()), "missing: who handles it (实施主体)");
        texts("applicants", guide.applicants());
        texts("conditions", guide.conditions());
        problems.require("conditions", !guide.conditions().isEmpty(), "at least one condition (受理条件) is needed");
        materials();
        problems.require("steps", !guide.steps().isEmpty(), "at least one step (办理流程) is needed");
        for (int i = 0; i < guide.steps().size(); i++) {
            ServiceGuide.Step s = guide.steps().get(i);
            if (problems.require("steps[" + i + "]", s != null, "empty entry")) {
                problems.require("steps[" + i + "].name", Problems.text(s.name()), "missing");
            }
        }
        limit("legalTimeLimit", guide.legalTimeLimit(), true);
        limit("promisedTimeLimit", guide.promisedTimeLimit(), false);
        problems.require("visits", guide.visits() >= 0 && guide.visits() <= 10, "must be 0..10 (到现场次数)");
        for (int i = 0; i < guide.fees().size(); i++) {
            ServiceGuide.Fee f = guide.fees().get(i);
            String k = "fees[" + i + "]";
            if (problems.require(k, f != null, "empty entry")) {
                problems.require(k + ".item", Problems.text(f.item()), "missing");
                problems.require(k + ".yuan", f.yuan() != null && f.yuan() >= 0 && f.yuan() < 1_000_000,
                        "must be an amount in yuan, 0 or more, got " + f.yuan());
            }
        }
        texts("pickup", guide.pickup());
        texts("legalBasis", guide.legalBasis());
        texts("notes", guide.notes());
        problems.require("phone", guide.phone() == null || guide.phone().matches("[0-9][0-9-]{2,19}"),
                "must be a phone number like 020-12345678, got '" + guide.phone() + "'");
        return problems.list();
    }

    private void materials() {
        for (int i = 0; i < guide.materials().size(); i++) {
            ServiceGuide.Material m = guide.materials().get(i);
            String k = "materials[" + i + "]";
            if (!problems.require(k, m != null, "empty entry")) {
                continue;
            }
            problems.require(k + ".name", Problems.text(m.name()), "missing");
            problems.require(k + ".originals", m.originals() >= 0 && m.originals() <= 99,
                    "must be 0..99, got " + m.originals());
            problems.require(k + ".copies", m.copies() >= 0 && m.copies() <= 99, "must be 0..99, got " + m.copies());
        }
    }

    private void limit(String key, ServiceGuide.TimeLimit t, boolean optional) {
        if (t == null) {
            problems.require(key, optional, "missing");
            return;
        }
        if (!problems.require(key + ".unit", t.unit() != null, "missing (ON_THE_SPOT, WORKING_DAYS or DAYS)")) {
            return;
        }
        if (t.unit() == ServiceGuide.TimeLimit.Unit.ON_THE_SPOT) {
            problems.require(key + ".days", t.days() == null, "an ON_THE_SPOT limit has no days");
        } else {
            problems.require(key + ".days", t.days() != null && t.days() >= 1 && t.days() <= 3650,
                    "must be 1..3650, got " + t.days());
        }
    }

    private void texts(String key, List<String> list) {
        for (int i = 0; i < list.size(); i++) {
            problems.require(key + "[" + i + "]", Problems.text(list.get(i)), "empty entry");
        }
    }
}
