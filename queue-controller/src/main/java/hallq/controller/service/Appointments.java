package hallq.controller.service;

import hallq.controller.core.Outcome;
import hallq.controller.core.Person;
import hallq.controller.core.QueueCore;
import hallq.controller.core.Quotas;
import hallq.protocol.rest.AppointmentView;
import hallq.protocol.rest.BookingRequest;
import hallq.protocol.rest.CheckInRequest;
import hallq.protocol.rest.QuotaOverride;
import hallq.protocol.rest.SlotView;
import hallq.protocol.rest.TicketView;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** Booking a slot, cancelling, checking in at a kiosk, and the slots' quotas. */
public final class Appointments {
    private static final Logger LOG = LoggerFactory.getLogger(Appointments.class);
    private static final int DEMAND_DAYS = 28;
    private final HallWriter writer;
    private final QueueStore store;
    private final PersonKeys personKeys;
    private final Tokens tokens;
    private final Map<String, Quotas.Demand> demand = new HashMap<>();
    private LocalDate demandDay;

    Appointments(HallWriter writer, QueueStore store, PersonKeys personKeys, Tokens tokens) {
        this.writer = writer;
        this.store = store;
        this.personKeys = personKeys;
        this.tokens = tokens;
    }

    /** The bookable slots of a service on a day, with quotas and bookings. */
    public List<SlotView> slots(String serviceId, LocalDate date) {
        Quotas.Demand d = demandOf(serviceId);
        Outcome<List<QueueCore.Slot>> o = writer.read(hall -> hall.core().slots(serviceId, date, d));
        return Rejection.unless(o).stream().map(x -> new SlotView(x.start(), x.end(), x.quota(), x.booked(),
                Math.max(0, x.quota() - x.booked()), x.proposed(), x.override())).toList();
    }

    /** Books a slot; the ID number is kept only as its keyed hash. */
    public AppointmentView book(BookingRequest r) {
        Person person = personKeys.forBooking(r.idNumber());
        String code = tokens.code();
        String token = tokens.token();
        Quotas.Demand d = demandOf(r.serviceId());
        return writer.submit((hall, now) -> hall.core().book(r.serviceId(), r.date(), r.slot(), person, r.phone(),
                code, token, d, now), (hall, a) -> hall.views().appointment(a));
    }

    /** The appointment behind its holder's page. */
    public AppointmentView get(String token) {
        return writer.read(hall -> {
            var a = hall.core().state().ledger().appointmentByToken(token);
            if (a == null) {
                throw new Rejection(Outcome.Reason.NOT_FOUND, "no such appointment");
            }
            return hall.views().appointment(a);
        });
    }

    public AppointmentView cancel(String token) {
        return writer.submit((hall, now) -> hall.core().cancelAppointment(token, now),
                (hall, a) -> hall.views().appointment(a));
    }

    /** Check-in at a kiosk: by code or ID card, a ticket with the appointment's priority. */
    public TicketView checkIn(CheckInRequest r, String actor) {
        Person person = personKeys.person(r.idNumber());
        String token = tokens.token();
        LocalDate usedOn = Tickets.requestUsedOn(store, r.clientRequestId());
        return writer.submit((hall, now) -> hall.core().checkIn(r.code(), person, r.clientRequestId(), usedOn,
                token, actor, now), Tickets::view);
    }

    /** A manager's quota for one slot (null: back to the proposal); answers the day's slots. */
    public List<SlotView> setQuota(QuotaOverride q, String actor) {
        writer.submit((hall, now) -> hall.core().setQuota(q.serviceId(), q.date(), q.slot(), q.quota(), actor, now),
                (hall, x) -> x);
        return slots(q.serviceId(), q.date());
    }

    /** Recent appointment demand of a service (last 28 days), read once a business day. */
    private Quotas.Demand demandOf(String serviceId) {
        LocalDate today = writer.read(hall -> hall.core().state().businessDate());
        synchronized (demand) {
            if (!today.equals(demandDay)) {
                demand.clear();
                demandDay = today;
            }
            return demand.computeIfAbsent(serviceId, id -> {
                try {
                    return store.appointmentDemand(id, today.minusDays(DEMAND_DAYS), today);
                } catch (StoreException e) {
                    LOG.warn("appointment history of {} cannot be read; quotas from capacity only: {}", id,
                            e.getMessage());
                    return Quotas.Demand.NONE;
                }
            });
        }
    }
}
