package hallq.protocol.city;

import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * The city's keys for the keyed hash of a resident ID number (docs/city.md, "One identity"): the hub
 * makes them and hands them to every hall with its acknowledgements, so that the same citizen has
 * the same hash at every hall without any ID number leaving a hall. The key with the latest
 * {@code activeFrom} on or before a day hashes what the hall stores that day; every key still
 * within its {@code lookupUntil} (null: no end yet) also serves look-ups, so a rotation never makes
 * a hall forget a person's earlier tickets, appointments or handovers. {@code version} grows with
 * every change, so a hall asks for the ring only when it holds an older one.
 */
public record PersonKeyRing(long version, List<Key> keys) {
    /** A hash made with a city key reads {@code c<key id>.<base64url>}; a hall's own key has no dot. */
    public static final char SEPARATOR = '.';

    /** One key: {@code secret} is 32 random bytes, base64. */
    public record Key(int id, String secret, LocalDate activeFrom, LocalDate lookupUntil) {
        public boolean validOn(LocalDate day) {
            return !activeFrom.isAfter(day) && (lookupUntil == null || !day.isAfter(lookupUntil));
        }
    }

    public PersonKeyRing {
        keys = keys == null ? List.of() : keys.stream().sorted(Comparator.comparing(Key::activeFrom)
                .thenComparingInt(Key::id)).toList();
    }

    public static PersonKeyRing empty() {
        return new PersonKeyRing(0, List.of());
    }

    /** The key that hashes what is stored on {@code day}, if any is active yet. */
    public Optional<Key> primary(LocalDate day) {
        return keys.stream().filter(k -> k.validOn(day)).reduce((a, b) -> b);
    }

    /** Every key that serves look-ups on {@code day}, the primary first. */
    public List<Key> lookups(LocalDate day) {
        Optional<Key> primary = primary(day);
        return Stream.concat(primary.stream(), keys.stream().filter(k -> k.validOn(day) && !primary.get().equals(k)))
                .toList(); // any key valid on the day means a primary
    }

    /** The ring without keys past their look-up date on {@code day}. */
    public PersonKeyRing current(LocalDate day) {
        return new PersonKeyRing(version, keys.stream().filter(k -> k.lookupUntil() == null
                || !day.isAfter(k.lookupUntil())).toList());
    }

    /** Whether {@code personKey} was made with a city key (only those ever leave a hall). */
    public static boolean isCityKey(String personKey) {
        return personKey != null && personKey.startsWith("c") && personKey.indexOf(SEPARATOR) > 1;
    }
}
