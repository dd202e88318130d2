package hallq.protocol.config;

import java.time.DateTimeException;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/** Checks what the types alone cannot: references, uniqueness, ranges. Names the key of each fault. */
final class HallConfigValidator {
    private final HallConfig config;
    private final List<String> problems = new ArrayList<>();

    HallConfigValidator(HallConfig config) {
        this.config = config;
    }

    List<String> problems() {
        hall();
        Set<String> serviceIds = services();
        windows(serviceIds);
        policy();
        appointments();
        sessions();
        devices();
        return problems;
    }

    private void hall() {
        HallInfo hall = config.hall();
        if (hall == null) {
            problems.add("hall: missing");
            return;
        }
        require("hall.id", hall.id() != null && hall.id().matches("[a-z0-9-]{1,40}"),
                "must be 1-40 lower-case letters, digits or '-', got " + quoted(hall.id()));
        require("hall.name", hall.name() != null && !hall.name().isBlank(), "missing");
        require("hall.publicBaseUrl", HallInfo.webAddress(hall.publicBaseUrl()), "must be an http:// or https:// address "
                + "with a host and no query, what ticket QR codes open, got " + quoted(hall.publicBaseUrl()));
        require("hall.regionCode", hall.regionCode() == null || hall.regionCode().matches("\\d{6}|\\d{12}"),
                "must be the administrative division code (行政区划代码): 6 or 12 digits, got " + quoted(hall.regionCode()));
        try {
            ZoneId.of(hall.timezone());
        } catch (DateTimeException e) {
            problems.add("hall.timezone: unknown time zone " + quoted(hall.timezone()));
        }
        try {
            OpeningHours.parse(hall.hours());
        } catch (IllegalArgumentException e) {
            problems.add("hall.hours: " + e.getMessage());
        }
    }

    private Set<String> services() {
        Set<String> ids = new HashSet<>();
        Set<String> prefixes = new HashSet<>();
        require("services", !config.services().isEmpty(), "at least one service is needed");
        for (int i = 0; i < config.services().size(); i++) {
            ServiceConfig s = config.services().get(i);
            String key = "services[" + i + "]";
            if (s == null) {
                problems.add(key + ": empty entry");
                continue;
            }
            if (require(key + ".id", s.id() != null && s.id().matches("[A-Z][A-Z0-9_]{0,15}"),
                    "must be 1-16 capital letters, digits or '_', got " + quoted(s.id()))) {
                require(key + ".id", ids.add(s.id()), "duplicate service id " + quoted(s.id()));
            }
            require(key + ".name", s.name() != null && !s.name().isBlank(), "missing");
            if (require(key + ".prefix", s.prefix() != null && s.prefix().matches("[A-Z]"),
                    "must be one capital letter, got " + quoted(s.prefix()))) {
                require(key + ".prefix", prefixes.add(s.prefix()), "prefix " + s.prefix() + " is used twice");
            }
            require(key + ".zone", s.zone() != null, "missing (LICENSING, CONVENIENCE or COMPREHENSIVE)");
            require(key + ".targetWaitMinutes", s.targetWaitMinutes() >= 1 && s.targetWaitMinutes() <= 480,
                    "must be 1..480, got " + s.targetWaitMinutes());
            require(key + ".meanServiceMinutes", s.meanServiceMinutes() > 0 && s.meanServiceMinutes() <= 480,
                    "must be above 0 and at most 480, got " + s.meanServiceMinutes());
            require(key + ".dailyCap", s.dailyCap() >= 0 && s.dailyCap() <= 999, "must be 0 (no cap) .. 999");
            require(key + ".perPersonDailyCap", s.perPersonDailyCap() >= 0, "must be 0 (no cap) or more");
            require(key + ".promiseDays", s.promiseDays() >= 1 && s.promiseDays() <= 365,
                    "must be 1 to 365 working days (the matter's promised time limit, 承诺时限)");
            require(key + ".implementationCode", s.implementationCode() == null
                    || s.implementationCode().matches("[0-9A-Za-z-]{1,64}"),
                    "must be the matter's 实施编码: 1-64 letters, digits or '-', got " + quoted(s.implementationCode()));
            require(key + ".departmentCode", s.departmentCode() == null || s.departmentCode().matches("[0-9A-Za-z-]{1,40}"),
                    "must be the department's code: 1-40 letters, digits or '-', got " + quoted(s.departmentCode()));
        }
        return ids;
    }

    private void windows(Set<String> serviceIds) {
        Set<Integer> numbers = new HashSet<>();
        require("windows", !config.windows().isEmpty(), "at least one window is needed");
        for (int i = 0; i < config.windows().size(); i++) {
            WindowConfig w = config.windows().get(i);
            String key = "windows[" + i + "]";
            if (w == null) {
                problems.add(key + ": empty entry");
                continue;
            }
            if (require(key + ".number", w.number() != null && w.number() >= 1 && w.number() <= 9999,
                    "must be 1..9999, got " + w.number())) {
                require(key + ".number", numbers.add(w.number()), "window " + w.number() + " is listed twice");
            }
            require(key + ".services", !w.services().isEmpty(), "a window must serve at least one service");
            Set<String> seen = new HashSet<>();
            for (int j = 0; j < w.services().size(); j++) {
                String id = w.services().get(j);
                require(key + ".services[" + j + "]", serviceIds.contains(id),
                        "unknown service " + quoted(id) + " (known: " + String.join(", ", serviceIds.stream().sorted().toList()) + ")");
                require(key + ".services[" + j + "]", seen.add(id), "service " + quoted(id) + " listed twice");
            }
        }
    }

    private void sessions() {
        for (int i = 0; i < config.sessions().size(); i++) {
            SessionConfig s = config.sessions().get(i);
            String key = "sessions[" + i + "]";
            if (!require(key, s != null, "empty entry")) {
                continue;
            }
            require(key + ".name", s.name() != null && !s.name().isBlank(), "missing");
            require(key, !s.days().isEmpty() || !s.dates().isEmpty(), "needs days (MONDAY ... SUNDAY) or dates");
            try {
                OpeningHours.parse(s.hours());
            } catch (IllegalArgumentException e) {
                problems.add(key + ".hours: " + e.getMessage());
            }
            for (String id : s.services()) {
                require(key + ".services", config.service(id) != null, "names unknown service '" + id + "'");
            }
        }
    }

    private void appointments() {
        AppointmentConfig a = config.appointments();
        require("appointments.slotMinutes", a.slotMinutes() >= 5 && a.slotMinutes() <= 240, "must be 5 to 240");
        require("appointments.share", a.share() >= 0 && a.share() <= 1, "must be 0 (no booking) to 1");
        require("appointments.bookAheadDays", a.bookAheadDays() >= 0 && a.bookAheadDays() <= 90, "must be 0 to 90");
        require("appointments.earlyMinutes", a.earlyMinutes() >= 0 && a.earlyMinutes() <= 240, "must be 0 to 240");
        require("appointments.lateMinutes", a.lateMinutes() >= 0 && a.lateMinutes() <= 240, "must be 0 to 240");
        require("appointments.perPersonActive", a.perPersonActive() >= 1, "must be 1 or more");
        require("appointments.bookingsPerMinute", a.bookingsPerMinute() >= 1, "must be 1 or more");
        for (String id : a.notBookable()) {
            require("appointments.notBookable", config.service(id) != null, "names unknown service '" + id + "'");
        }
    }

    private void policy() {
        PolicyConfig p = config.policy();
        require("policy.closeWhenBelow", p.closeWhenBelow().compareTo(p.openWhenPredictedWaitOver()) < 0,
                "must be below policy.openWhenPredictedWaitOver, or the policy would flap");
        require("policy.calmFor", !p.calmFor().isNegative(), "must not be negative");
        require("policy.staffLeadTime", !p.staffLeadTime().isNegative(), "must not be negative");
        require("policy.openWhenQueueLongerThan", p.openWhenQueueLongerThan() >= 0, "must be 0 (off) or more");
        for (double head : new double[] {p.greenChannelHeadStart(), p.urgentHeadStart(), p.appointmentHeadStart()}) {
            require("policy.*HeadStart", head >= 0 && head <= 100, "head starts must be 0..100 target waits");
        }
        require("policy.skillPreferenceMargin", p.skillPreferenceMargin() >= 0 && p.skillPreferenceMargin() <= 10,
                "must be 0..10 target waits");
    }

    private void devices() {
        java.util.Set<String> ids = new java.util.HashSet<>();
        java.util.Set<Integer> printers = new java.util.HashSet<>();
        java.util.Set<Integer> windows = new java.util.HashSet<>();
        config.windows().forEach(w -> windows.add(w == null ? null : w.number()));
        for (int i = 0; i < config.devices().size(); i++) {
            DeviceConfig d = config.devices().get(i);
            if (!require("devices[" + i + "]", d != null, "empty entry")) {
                continue;
            }
            if (require("devices[" + i + "].id", d.id() != null && !d.id().isBlank(), "missing")) {
                require("devices[" + i + "].id", ids.add(d.id()), "'" + d.id() + "' is used by another device");
            }
            if (d.window() != null) {
                require("devices[" + i + "].window", windows.contains(d.window()), "window " + d.window()
                        + " is not in windows");
                if (DeviceConfig.ESCPOS_PRINTER.equals(d.kind())) {
                    require("devices[" + i + "].window", printers.add(d.window()), "window " + d.window()
                            + " already has an " + DeviceConfig.ESCPOS_PRINTER);
                }
            }
        }
    }

    private boolean require(String key, boolean ok, String message) {
        if (!ok) {
            problems.add(key + ": " + message);
        }
        return ok;
    }

    private static String quoted(Object value) {
        return value == null ? "nothing" : "'" + value + "'";
    }
}
