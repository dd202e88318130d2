package hallq.controller.core;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * A citizen as the hall can tell them apart without their ID number (docs/city.md, "One identity"):
 * {@code key} is the keyed hash the hall stores now; {@code keys} are the hashes of the same number
 * under every key still valid for look-ups (the city's earlier keys, the hall's own), {@code key}
 * among them, so a person's earlier tickets and appointments are theirs after a key rotation; and
 * {@code city} is what the city's hub has said of this person today.
 */
public record Person(String key, Set<String> keys, City city) {
    /**
     * The city's word: {@code ticketsPerDay} one person may take at all halls together (0: no city
     * limit), {@code capped} whether this person has reached it, and {@code activeAppointments} the
     * appointments one person may hold at once across the city (0: none), {@code appointmentsHeld}
     * those this person holds at other halls (the hub's count, -1 when the hub was not asked).
     */
    public record City(int ticketsPerDay, boolean capped, int activeAppointments, int appointmentsHeld) {
        public static final City NONE = new City(0, false, 0, -1);
    }

    public Person {
        if (key == null) {
            throw new IllegalArgumentException("a person needs a key");
        }
        Set<String> all = new LinkedHashSet<>();
        all.add(key);
        if (keys != null) {
            all.addAll(keys);
        }
        keys = Set.copyOf(all);
        city = city == null ? City.NONE : city;
    }

    /** A person known by one key only (no other keys, nothing from the city); null for null. */
    public static Person of(String key) {
        return key == null ? null : new Person(key, Set.of(), City.NONE);
    }

    public static Person of(List<String> keys, City city) {
        return keys.isEmpty() ? null : new Person(keys.get(0), Set.copyOf(keys), city);
    }

    /** Whether {@code stored} (a ticket's or appointment's key) is this person's. */
    public boolean is(String stored) {
        return stored != null && keys.contains(stored);
    }

    public Person with(City word) {
        return new Person(key, keys, word);
    }
}
