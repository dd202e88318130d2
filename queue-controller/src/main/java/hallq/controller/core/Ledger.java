package hallq.controller.core;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneOffset;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/**
 * The ledger records the controller holds in memory: today's ratings (one per ticket), the
 * appointments of today and the days ahead, and the managers' slot quotas. Part of
 * {@link HallState}; changed only by applying entries.
 */
public final class Ledger {
    private final Map<Long, Rating> ratingsByTicket = new HashMap<>();
    private final TreeMap<Long, Appointment> appointments = new TreeMap<>();
    private final Map<String, Long> appointmentByCode = new HashMap<>();
    private final Map<String, Long> appointmentByToken = new HashMap<>();
    private final Map<String, SlotQuota> quotas = new HashMap<>();
    private final TreeMap<Long, WorkOrder> workOrders = new TreeMap<>();
    private final Map<Long, Long> workOrderByRating = new HashMap<>();
    private long lastWorkOrderId;
    private final TreeMap<Long, CitySupervision> citySupervisions = new TreeMap<>();
    private final TreeMap<String, HallHandover> handovers = new TreeMap<>();
    private final Map<String, String> handoverByToken = new HashMap<>();
    private final Set<String> noticed = new HashSet<>();
    private long lastNoticeId;
    private long lastRatingId;
    private long lastAppointmentId;

    void apply(LedgerEntry entry) {
        if (entry instanceof Rating r) {
            ratingsByTicket.put(r.ticketId(), r);
            lastRatingId = Math.max(lastRatingId, r.id());
        } else if (entry instanceof WorkOrder w) {
            workOrders.put(w.id(), w);
            workOrderByRating.put(w.ratingId(), w.id());
            lastWorkOrderId = Math.max(lastWorkOrderId, w.id());
        } else if (entry instanceof Appointment a) {
            appointments.put(a.id(), a);
            appointmentByCode.put(a.code(), a.id());
            appointmentByToken.put(a.token(), a.id());
            lastAppointmentId = Math.max(lastAppointmentId, a.id());
        } else if (entry instanceof CitySupervision s) {
            citySupervisions.put(s.id(), s);
        } else if (entry instanceof HallHandover h) {
            handovers.put(h.receipt(), h);
            if (h.token() != null) {
                handoverByToken.put(h.token(), h.receipt());
            }
        } else if (entry instanceof Notice n) {
            noticed.add(n.key());
            lastNoticeId = Math.max(lastNoticeId, n.id());
        } else if (entry instanceof SlotQuota q) {
            if (q.quota() == null) {
                quotas.remove(slotKey(q.serviceId(), q.date(), q.slot()));
            } else {
                quotas.put(slotKey(q.serviceId(), q.date(), q.slot()), q);
            }
        }
    }

    /** Restores what the store holds, and where the id sequences stand. */
    public void restore(Collection<? extends LedgerEntry> entries, long maxRatingId, long maxAppointmentId,
                        long maxWorkOrderId, long maxNoticeId) {
        entries.forEach(this::apply);
        lastNoticeId = Math.max(lastNoticeId, maxNoticeId);
        lastRatingId = Math.max(lastRatingId, maxRatingId);
        lastWorkOrderId = Math.max(lastWorkOrderId, maxWorkOrderId);
        lastAppointmentId = Math.max(lastAppointmentId, maxAppointmentId);
    }

    void beginDay(LocalDate day) {
        noticed.clear();
        ratingsByTicket.values().removeIf(r -> r.businessDate().isBefore(day));
        appointments.values().removeIf(a -> {
            boolean past = a.date().isBefore(day);
            if (past) {
                appointmentByCode.remove(a.code());
                appointmentByToken.remove(a.token());
            }
            return past;
        });
        quotas.values().removeIf(q -> q.date().isBefore(day));
        Instant monthAgo = day.minusDays(31).atStartOfDay(ZoneOffset.UTC).toInstant();
        workOrders.values().removeIf(w -> !w.status().isOpen() && w.at().isBefore(monthAgo));
        citySupervisions.values().removeIf(s -> s.answeredAt() != null && s.answeredAt().isBefore(monthAgo));
        handovers.values().removeIf(h -> {
            boolean old = h.handover().closed() && h.changedAt().isBefore(monthAgo);
            if (old && h.token() != null) {
                handoverByToken.remove(h.token());
            }
            return old;
        });
    }

    /** A handover to or from this hall that is open or closed within the last month, by its receipt. */
    public HallHandover handover(String receipt) {
        return receipt == null ? null : handovers.get(receipt);
    }

    /** The handover a citizen follows with {@code token}. */
    public HallHandover handoverByToken(String token) {
        return token == null ? null : handover(handoverByToken.get(token));
    }

    /** Handovers to and from this hall, open or closed within the last month, by receipt. */
    public List<HallHandover> handovers() {
        return List.copyOf(handovers.values());
    }

    public Rating ratingOf(long ticketId) {
        return ratingsByTicket.get(ticketId);
    }

    long nextRatingId() {
        return lastRatingId + 1;
    }

    /** Whether a supervision episode was already recorded today. */
    boolean noticed(String key) {
        return noticed.contains(key);
    }

    long nextNoticeId() {
        return lastNoticeId + 1;
    }

    public WorkOrder workOrder(long id) {
        return workOrders.get(id);
    }

    /** The work order a bad rating opened, if any. */
    public WorkOrder workOrderOfRating(long ratingId) {
        Long id = workOrderByRating.get(ratingId);
        return id == null ? null : workOrders.get(id);
    }

    /** Work orders not finished yet, oldest first. */
    public List<WorkOrder> openWorkOrders() {
        return workOrders.values().stream().filter(w -> w.status().isOpen()).toList();
    }

    long nextWorkOrderId() {
        return lastWorkOrderId + 1;
    }

    public CitySupervision citySupervision(long id) {
        return citySupervisions.get(id);
    }

    /** The city's supervision notices not answered yet and those answered in the last month, newest first. */
    public List<CitySupervision> citySupervisions() {
        return List.copyOf(citySupervisions.descendingMap().values());
    }

    public Appointment appointmentByCode(String code) {
        Long id = code == null ? null : appointmentByCode.get(code.trim().toUpperCase());
        return id == null ? null : appointments.get(id);
    }

    public Appointment appointmentByToken(String token) {
        Long id = token == null ? null : appointmentByToken.get(token);
        return id == null ? null : appointments.get(id);
    }

    public Collection<Appointment> appointments() {
        return appointments.values();
    }

    /** Appointments that hold a place in one slot. */
    int booked(String serviceId, LocalDate date, LocalTime slot) {
        int n = 0;
        for (Appointment a : appointments.values()) {
            if (a.serviceId().equals(serviceId) && a.date().equals(date) && a.slotStart().equals(slot)
                    && a.status().holdsSlot()) {
                n++;
            }
        }
        return n;
    }

    List<Appointment> activeOf(Person person) {
        return appointments.values().stream().filter(a -> a.status() == Appointment.Status.BOOKED)
                .filter(a -> person.is(a.personKey())).toList();
    }

    public SlotQuota quota(String serviceId, LocalDate date, LocalTime slot) {
        return quotas.get(slotKey(serviceId, date, slot));
    }

    long nextAppointmentId() {
        return lastAppointmentId + 1;
    }

    private static String slotKey(String serviceId, LocalDate date, LocalTime slot) {
        return serviceId + "|" + date + "|" + slot;
    }
}
