package hallq.controller.core;

import hallq.protocol.Priority;
import hallq.protocol.config.AppointmentConfig;
import hallq.protocol.config.PolicyConfig;
import hallq.protocol.config.ServiceConfig;
import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * What the controller knows now: windows, the business day's tickets and the waiting lines.
 * Changed only by {@link #apply(Change)}, so a change that failed to persist is never half-applied.
 */
public final class HallState {
    private final Map<String, ServiceConfig> services = new LinkedHashMap<>();
    private final TreeMap<Integer, Window> windows = new TreeMap<>();
    private final Map<Long, Ticket> tickets = new HashMap<>();
    private final Map<String, Long> byNumber = new HashMap<>();
    private final Map<String, Long> byToken = new HashMap<>();
    private final Map<String, Long> byRequest = new HashMap<>();
    private final Map<String, Integer> lastSeq = new HashMap<>();
    private final Map<String, Integer> issuedToday = new HashMap<>();
    private final PersonCounts persons = new PersonCounts();
    private final Map<String, WaitingLine> serviceLines = new HashMap<>();
    private final Map<Integer, WaitingLine> windowLines = new HashMap<>();
    private final Map<Long, WaitingLine.Entry> entries = new HashMap<>();
    private final Map<Integer, Instant> lastActivity = new HashMap<>();
    private final HallCalendar calendar;
    private final PolicyBook policyBook = new PolicyBook();
    private final Ledger ledger = new Ledger();
    private PolicyConfig policy;
    private LocalDate businessDate;
    private long lastTicketId;
    private LocalDate floorsDay;
    private Map<String, Integer> floors = Map.of();

    private final AppointmentConfig appointmentRules;
    private final WorkingDays workingDays;

    public HallState(List<ServiceConfig> services, Collection<Window> windows, HallCalendar calendar,
                     PolicyConfig policy, LocalDate businessDate) {
        this(services, windows, calendar, policy, businessDate, AppointmentConfig.defaults(), null);
    }

    /** {@code workingDays} null: Monday to Friday are working days. */
    public HallState(List<ServiceConfig> services, Collection<Window> windows, HallCalendar calendar,
                     PolicyConfig policy, LocalDate businessDate, AppointmentConfig appointmentRules,
                     WorkingDays workingDays) {
        this.appointmentRules = appointmentRules;
        this.workingDays = workingDays;
        services.forEach(s -> {
            this.services.put(s.id(), s);
            serviceLines.put(s.id(), new WaitingLine());
        });
        windows.forEach(w -> this.windows.put(w.number(), w));
        this.calendar = calendar;
        this.policy = policy;
        this.businessDate = businessDate;
    }

    /** Loads persisted tickets (today's, and unfinished ones of earlier days that rollover will expire). */
    public void restore(Collection<Ticket> persisted, long maxTicketId) {
        persisted.stream().map(Ticket::businessDate).min(LocalDate::compareTo)
                .filter(d -> d.isBefore(businessDate)).ifPresent(d -> businessDate = d);
        persisted.forEach(this::put);
        lastTicketId = Math.max(lastTicketId, maxTicketId);
    }

    public void apply(Change change) {
        change.tickets().forEach(this::put);
        change.windows().forEach(w -> windows.put(w.number(), w));
        change.decisions().forEach(policyBook::apply);
        change.ledger().forEach(ledger::apply);
        if (change.policy() != null) {
            policy = change.policy();
        }
        if (change.beginsDay() != null) {
            beginDay(change.beginsDay());
        }
    }

    /** Restores the policy decisions kept in the store (the open ones and the latest closed ones). */
    public void restoreDecisions(Collection<PolicyDecision> decisions) {
        decisions.forEach(policyBook::apply);
    }

    private void put(Ticket t) {
        Ticket old = tickets.put(t.id(), t);
        if (t.window() != null) {
            for (Instant at : new Instant[] {t.calledAt(), t.startedAt(), t.finishedAt()}) {
                if (at != null) {
                    lastActivity.merge(t.window(), at, (a, b) -> a.isAfter(b) ? a : b);
                }
            }
        }
        if (old != null && old.isWaiting()) {
            line(old).remove(entries.remove(old.id()));
        }
        if (t.isWaiting() && services.containsKey(t.serviceId())) {
            WaitingLine.Entry e = new WaitingLine.Entry(key(t), t.id());
            entries.put(t.id(), e);
            line(t).add(e);
        }
        lastTicketId = Math.max(lastTicketId, t.id());
        if (!t.businessDate().equals(businessDate)) {
            return;
        }
        byNumber.put(t.number(), t.id());
        byToken.put(t.token(), t.id());
        if (t.clientRequestId() != null) {
            byRequest.put(t.clientRequestId(), t.id());
        }
        if (old == null) {
            String issuedService = serviceOfPrefix(t.number().substring(0, 1));
            lastSeq.merge(issuedService, t.seq(), Math::max);
            issuedToday.merge(issuedService, 1, Integer::sum);
            persons.count(t, issuedService);
        }
    }

    private String serviceOfPrefix(String prefix) {
        return services.values().stream().filter(s -> s.prefix().equals(prefix)).map(ServiceConfig::id)
                .findFirst().orElse(prefix);
    }

    private void beginDay(LocalDate day) {
        businessDate = day;
        byNumber.clear();
        byToken.clear();
        byRequest.clear();
        lastSeq.clear();
        issuedToday.clear();
        persons.clear();
        ledger.beginDay(day);
        tickets.values().removeIf(t -> t.status().isTerminal() && t.businessDate().isBefore(day));
        tickets.values().stream().filter(t -> t.businessDate().equals(day)).toList().forEach(this::put);
    }

    /** Calling-order key: place in line minus the priority head start, in target waits. */
    long key(Ticket t) {
        return key(t.serviceId(), t.priority(), t.placeAt());
    }

    long key(String serviceId, Priority priority, Instant placeAt) {
        long target = services.get(serviceId).targetWaitMinutes() * 60_000L;
        double headStart = switch (priority) {
            case GREEN_CHANNEL -> policy.greenChannelHeadStart();
            case URGENT -> policy.urgentHeadStart();
            case APPOINTMENT -> policy.appointmentHeadStart();
            case NORMAL -> 0;
        };
        return placeAt.toEpochMilli() - Math.round(headStart * target);
    }

    WaitingLine line(Ticket t) {
        return t.targetWindow() != null ? windowLines.computeIfAbsent(t.targetWindow(), n -> new WaitingLine())
                : serviceLines.get(t.serviceId());
    }

    WaitingLine serviceLine(String serviceId) {
        return serviceLines.get(serviceId);
    }

    WaitingLine windowLine(int window) {
        return windowLines.getOrDefault(window, new WaitingLine());
    }

    WaitingLine.Entry entry(long ticketId) {
        return entries.get(ticketId);
    }

    public ServiceConfig service(String id) {
        return id == null ? null : services.get(id);
    }

    public Collection<ServiceConfig> services() {
        return services.values();
    }

    public Window window(int number) {
        return windows.get(number);
    }

    public Collection<Window> windows() {
        return windows.values();
    }

    public Ticket ticket(long id) {
        return tickets.get(id);
    }

    public Ticket ticketByNumber(String number) {
        Long id = number == null ? null : byNumber.get(number.trim().toUpperCase());
        return id == null ? null : tickets.get(id);
    }

    public Ticket ticketByToken(String token) {
        Long id = token == null ? null : byToken.get(token);
        return id == null ? null : tickets.get(id);
    }

    Ticket ticketByRequest(String requestId) {
        Long id = byRequest.get(requestId);
        return id == null ? null : tickets.get(id);
    }

    public Collection<Ticket> tickets() {
        return tickets.values();
    }

    public int waiting(String serviceId) {
        int n = serviceLines.get(serviceId).size();
        for (Map.Entry<Integer, WaitingLine> e : windowLines.entrySet()) {
            for (var it = e.getValue().iterator(); it.hasNext(); ) {
                if (tickets.get(it.next().ticketId()).serviceId().equals(serviceId)) {
                    n++;
                }
            }
        }
        return n;
    }

    public int issuedToday(String serviceId) {
        return issuedToday.getOrDefault(serviceId, 0);
    }

    int lastSeq(String serviceId) {
        int issued = lastSeq.getOrDefault(serviceId, 0);
        return businessDate.equals(floorsDay) ? Math.max(issued, floors.getOrDefault(serviceId, 0)) : issued;
    }

    /**
     * Numbers to take as used on {@code day} whatever the tickets held say (after a restore, those
     * printed since the backup: {@link NumberingResume}).
     */
    public void restoreFloors(LocalDate day, Map<String, Integer> lastSeqs) {
        floorsDay = day;
        floors = Map.copyOf(lastSeqs);
    }

    /** The highest number issued per service on {@code day}, by the tickets held. */
    public Map<String, Integer> lastSeqs(LocalDate day) {
        Map<String, Integer> out = new HashMap<>();
        tickets.values().stream().filter(t -> t.businessDate().equals(day))
                .forEach(t -> out.merge(serviceOfPrefix(t.number().substring(0, 1)), t.seq(), Math::max));
        return out;
    }

    /** The day's tickets per person, by the keys they were stored with. */
    PersonCounts persons() {
        return persons;
    }

    long nextTicketId() {
        return lastTicketId + 1;
    }

    public LocalDate businessDate() {
        return businessDate;
    }

    public HallCalendar calendar() {
        return calendar;
    }

    public PolicyBook policyBook() {
        return policyBook;
    }

    public AppointmentConfig appointmentRules() {
        return appointmentRules;
    }

    /** The working-day calendar, or null when none is configured. */
    public WorkingDays workingDays() {
        return workingDays;
    }

    /**
     * {@code n} working days after {@code from}, or null when the calendar does not know those dates;
     * with no calendar configured, Monday to Friday count.
     */
    public LocalDate addWorkingDays(LocalDate from, int n) {
        WorkingDays days = workingDays;
        if (days == null) {
            LocalDate d = from;
            for (int left = n; left > 0; ) {
                d = d.plusDays(1);
                if (d.getDayOfWeek() != DayOfWeek.SATURDAY && d.getDayOfWeek() != DayOfWeek.SUNDAY) {
                    left--;
                }
            }
            return d;
        }
        try {
            return days.addWorkingDays(from, n);
        } catch (WorkingDays.UnknownYear e) {
            return null;
        }
    }

    /** Since when a window has had nobody: its last call, start or finish, or its last change of state. */
    Instant freeSince(Window w) {
        Instant last = lastActivity.get(w.number());
        return last == null || last.isBefore(w.since()) ? w.since() : last;
    }

    public Ledger ledger() {
        return ledger;
    }

    public PolicyConfig policy() {
        return policy;
    }
}
