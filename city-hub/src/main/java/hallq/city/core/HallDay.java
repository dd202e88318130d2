package hallq.city.core;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

/**
 * One hall's business day as the city sees it, for the drill-down from the overview: the day's
 * report of that hall alone (its figures, services and windows), the day hour by hour, the names
 * of its services (as its live figures last gave them) and the city alerts of that day.
 */
public record HallDay(HallEntry hall, LocalDate date, CityReport report, List<Hour> hours,
                      Map<String, String> serviceNames, List<CityAlert> alerts) {

    /** One local hour of the day: tickets issued, first calls and their mean wait, citizens served. */
    public record Hour(int hour, int issued, int firstCalls, Double meanWaitMinutes, int served) {
    }
}
