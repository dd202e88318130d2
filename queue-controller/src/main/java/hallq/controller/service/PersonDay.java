package hallq.controller.service;

import hallq.controller.core.Appointment;
import hallq.controller.core.Outcome;
import hallq.controller.core.Person;
import hallq.protocol.city.PersonToday;
import hallq.protocol.config.HallInfo;
import hallq.protocol.rest.PersonDayView;
import hallq.protocol.rest.PersonDayView.Item;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * A citizen's day as a kiosk shows it when their ID card is read (docs/city.md, "One identity"): their
 * appointments at this hall from its own ledger, and — asked of the hub, briefly — those at the city's
 * other halls and their handovers. Without the hub the kiosk shows this hall's alone (its appointments and the
 * handovers it sent for the person, as its own records have them) and says so.
 */
public final class PersonDay {
    /** Closed handovers shown for a day after their last step, as the hub shows them. */
    private static final Duration RECENT = Duration.ofDays(1);
    private final HallWriter writer;
    private final PersonKeys personKeys;
    private final HallInfo hall;

    PersonDay(HallWriter writer, PersonKeys personKeys, HallInfo hall) {
        this.writer = writer;
        this.personKeys = personKeys;
        this.hall = hall;
    }

    public PersonDayView of(String idNumber) {
        Person p = personKeys.person(idNumber);
        if (p == null) {
            throw new Rejection(Outcome.Reason.INVALID, "idNumber: the number the ID card reader read is required");
        }
        Instant since = writer.clock().instant().minus(RECENT);
        List<Item> own = new ArrayList<>();
        List<Item> items = new ArrayList<>(writer.read(h -> {
            LocalDate today = h.core().state().businessDate();
            h.core().state().ledger().handovers().stream() // sent from here: known without the hub
                    .filter(x -> x.outgoing() && x.personKey() != null && p.is(x.personKey()))
                    .filter(x -> !x.handover().closed() || x.changedAt().isAfter(since))
                    .forEach(x -> own.add(new Item(Item.HANDOVER, hall.id(), hall.name(), true, null, null, null,
                            x.handover().status(), x.receipt(), x.handover().matterName())));
            return h.core().state().ledger().appointments().stream()
                    .filter(a -> p.is(a.personKey()) && !a.date().isBefore(today))
                    .filter(a -> a.status() == Appointment.Status.BOOKED
                            || a.status() == Appointment.Status.CHECKED_IN && a.date().equals(today))
                    .map(a -> new Item(Item.APPOINTMENT, hall.id(), hall.name(), true, a.serviceId(), a.date(),
                            a.slotStart(), a.status().name(), null, null))
                    .toList();
        }));
        Optional<PersonToday> city = personKeys.ask(p);
        Set<String> receipts = new HashSet<>();
        city.ifPresent(t -> {
            t.appointments().stream().filter(b -> !b.hallId().equals(hall.id())).forEach(b -> items.add(new Item(
                    Item.APPOINTMENT, b.hallId(), b.hallName(), false, b.serviceId(), b.date(), b.slot(), b.status(),
                    null, null)));
            t.handovers().forEach(x -> { // the hub's copy: the receiving hall's latest steps with it
                boolean here = hall.id().equals(x.fromHall());
                receipts.add(x.receipt());
                items.add(new Item(Item.HANDOVER, x.fromHall(), here ? hall.name() : x.fromHallName(), here, null,
                        null, null, x.status(), x.receipt(), x.matterName()));
            });
        });
        own.stream().filter(i -> !receipts.contains(i.receipt())).forEach(items::add);
        items.sort(Comparator.comparing((Item i) -> i.kind().equals(Item.HANDOVER))
                .thenComparing(Item::date, Comparator.nullsLast(Comparator.naturalOrder()))
                .thenComparing(Item::time, Comparator.nullsLast(Comparator.<LocalTime>naturalOrder()))
                .thenComparing(i -> Objects.requireNonNullElse(i.hallId(), "")));
        return new PersonDayView(items, city.isPresent());
    }
}
