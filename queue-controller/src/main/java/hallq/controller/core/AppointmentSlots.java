package hallq.controller.core;

import static hallq.controller.core.Outcome.Reason.CONFLICT;
import static hallq.controller.core.Outcome.Reason.NOT_FOUND;

import hallq.protocol.config.AppointmentConfig;
import hallq.protocol.config.OpeningHours;
import hallq.protocol.config.ServiceConfig;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.List;

/**
 * The slot table of appointments (预约): which days and hours a service can be booked, the slots cut
 * from them, and each slot's quota (the manager's override, else the proposal from the windows
 * serving it) beside its bookings.
 */
final class AppointmentSlots {
    /** One slot of a service on a day. */
    record Slot(LocalTime start, LocalTime end, int quota, int booked, int proposed, Integer override) {
        int available() {
            return Math.max(0, quota - booked);
        }
    }

    private final HallState state;

    AppointmentSlots(HallState state) {
        this.state = state;
    }

    private AppointmentConfig rules() {
        return state.appointmentRules();
    }

    /** The bookable slots of a service on a day (empty on a closed day). */
    Outcome<List<Slot>> slots(String serviceId, LocalDate date, Quotas.Demand demand) {
        ServiceConfig s = state.service(serviceId);
        if (s == null) {
            return Outcome.rejected(NOT_FOUND, "unknown service '" + serviceId + "'");
        }
        if (!rules().bookable(serviceId)) {
            return Outcome.rejected(CONFLICT, s.name() + " takes on-site tickets only, no appointments");
        }
        List<OpeningHours.Period> periods = bookablePeriods(date, serviceId);
        if (periods.isEmpty()) {
            return Outcome.accepted(List.of(), Change.NONE);
        }
        int proposed = Quotas.propose(Quotas.capacity(servingWindows(serviceId), rules().slotMinutes(),
                s.meanServiceMinutes()), rules().share(), demand);
        List<Slot> out = new ArrayList<>();
        for (LocalTime start : starts(periods)) {
            SlotQuota q = state.ledger().quota(serviceId, date, start);
            Integer override = q == null ? null : q.quota();
            out.add(new Slot(start, start.plusMinutes(rules().slotMinutes()), override == null ? proposed : override,
                    state.ledger().booked(serviceId, date, start), proposed, override));
        }
        return Outcome.accepted(out, Change.NONE);
    }

    private List<LocalTime> starts(List<OpeningHours.Period> periods) {
        List<LocalTime> out = new ArrayList<>();
        for (OpeningHours.Period p : periods) {
            for (LocalTime t = p.start(); !t.plusMinutes(rules().slotMinutes()).isAfter(p.end())
                    && !t.plusMinutes(rules().slotMinutes()).isBefore(t); t = t.plusMinutes(rules().slotMinutes())) {
                out.add(t);
            }
        }
        return out;
    }

    /** Windows normally staffed for the service; a window shared by k services counts 1/k. */
    private double servingWindows(String serviceId) {
        double n = 0;
        for (Window w : state.windows()) {
            if (!w.standby() && w.skills().contains(serviceId)) {
                n += 1.0 / w.skills().size();
            }
        }
        return n;
    }

    /** Regular hours on working days, and the sessions of the day for the service (R7). */
    List<OpeningHours.Period> bookablePeriods(LocalDate date, String serviceId) {
        HallCalendar c = state.calendar();
        return closedReason(date) == null ? HallCalendar.merged(c.hours().periods(), c.sessionPeriods(date, serviceId))
                : c.sessionPeriods(date, serviceId);
    }

    /** Why the hall has no regular hours on a day, or null when it has. */
    String closedReason(LocalDate date) {
        WorkingDays days = state.workingDays();
        if (days == null) {
            DayOfWeek d = date.getDayOfWeek();
            return d == DayOfWeek.SATURDAY || d == DayOfWeek.SUNDAY ? date + " is a weekend day" : null;
        }
        if (!days.knows(date)) {
            return "the hall's calendar for " + date.getYear() + " is not published yet";
        }
        if (days.isWorkingDay(date)) {
            return null;
        }
        String holiday = days.holiday(date);
        return date + (holiday == null ? " is not a working day" : " is a public holiday (" + holiday + ")");
    }
}
