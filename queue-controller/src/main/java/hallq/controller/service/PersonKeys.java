package hallq.controller.service;

import com.fasterxml.jackson.databind.ObjectMapper;
import hallq.controller.auth.PrivateFiles;
import hallq.controller.core.Outcome;
import hallq.controller.core.Person;
import hallq.protocol.Json;
import hallq.protocol.ResidentId;
import hallq.protocol.city.CityLimits;
import hallq.protocol.city.PersonKeyRing;
import hallq.protocol.city.PersonToday;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.time.InstantSource;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Turns a resident ID number into the keyed hashes (HMAC-SHA256) the controller stores and matches
 * for per-person limits (docs/city.md, "One identity"). The number itself is never stored, logged or
 * published; without the key a hash cannot be matched against a list of numbers. A hall on its own
 * uses its own secret key. A hall in a city also holds the city's key ring, which the hub hands over
 * with its acknowledgements and which is kept in the data folder's {@code secrets/} (so a hall cut
 * off from the city after a restart still hashes as the city does): it then stores the hash under
 * the city's current key, which every hall of the city computes alike, and matches a person by the
 * hashes under every key still valid for look-ups and its own, so a rotation forgets no one. It also
 * keeps the city's per-person limits and the persons the hub has marked as at the day's limit.
 */
public final class PersonKeys implements CityRelay.Identity {
    private static final Logger LOG = LoggerFactory.getLogger(PersonKeys.class);
    private static final ObjectMapper JSON = Json.strict();
    private final SecretKeySpec local;
    private final Path ringFile;
    private final InstantSource clock;
    private final ZoneId zone;
    private volatile PersonKeyRing ring = PersonKeyRing.empty();
    private volatile CityLimits limits = CityLimits.none();
    private final Map<LocalDate, Set<String>> capped = new ConcurrentHashMap<>();
    private volatile Lookup lookup;

    /** A hall on its own: its own key only, never a city's (it has no clock to tell the city keys' days by). */
    public PersonKeys(byte[] key) {
        this(key, null, null, null);
    }

    /** {@code ringFile}: where the city's key ring is kept (null: in memory only); days are {@code zone}'s. */
    public PersonKeys(byte[] key, Path ringFile, InstantSource clock, ZoneId zone) {
        if (key.length < 16) {
            throw new IllegalArgumentException("the person-key secret must have at least 16 bytes, it has " + key.length);
        }
        this.local = new SecretKeySpec(key.clone(), "HmacSHA256");
        this.ringFile = ringFile;
        this.clock = clock;
        this.zone = zone;
        if (ringFile != null && Files.exists(ringFile)) {
            try {
                ring = JSON.readValue(Files.readString(ringFile, StandardCharsets.UTF_8), PersonKeyRing.class);
            } catch (IOException | RuntimeException e) { // the hub hands it over again
                LOG.warn("the city's person keys in {} cannot be read ({}); using the hall's own key until the hub "
                        + "hands them over again", ringFile, e.getMessage());
            }
        }
    }

    /** A random key for this run only (tests): caps then do not carry across restarts. */
    public static PersonKeys ephemeral() {
        byte[] k = new byte[32];
        new SecureRandom().nextBytes(k);
        return new PersonKeys(k);
    }

    /** The hash stored today, or null when no number was given; a malformed number is rejected with the reason. */
    public String keyOf(String idNumber) {
        Person p = person(idNumber);
        return p == null ? null : p.key();
    }

    /**
     * The person with this ID number as the hall can match them today, with the city's word on
     * tickets (null when no number was given); a malformed number is rejected with the reason.
     */
    public Person person(String idNumber) {
        if (idNumber == null) {
            return null;
        }
        ResidentId.problem(idNumber).ifPresent(p -> {
            throw new Rejection(Outcome.Reason.INVALID, "idNumber: " + p);
        });
        byte[] number = ResidentId.normalize(idNumber).getBytes(StandardCharsets.US_ASCII);
        List<String> keys = new ArrayList<>();
        if (clock == null) {
            return Person.of(List.of(hmac(local, number)), Person.City.NONE);
        }
        LocalDate today = LocalDate.ofInstant(clock.instant(), zone);
        for (PersonKeyRing.Key k : ring.lookups(today)) {
            keys.add("c" + k.id() + PersonKeyRing.SEPARATOR + hmac(new SecretKeySpec(Base64.getDecoder()
                    .decode(k.secret()), "HmacSHA256"), number));
        }
        keys.add(hmac(local, number));
        CityLimits l = limits;
        Set<String> marked = capped.getOrDefault(today, Set.of());
        boolean atCap = l.ticketsPerDay() > 0 && keys.stream().anyMatch(marked::contains);
        return Person.of(keys, new Person.City(l.ticketsPerDay(), atCap, l.activeAppointments(), -1));
    }

    /** How the hall asks the hub what the city holds of a person. */
    public interface Lookup {
        PersonToday ask(PersonToday.Query query) throws CityRelay.LinkProblem;
    }

    /** Asks the hub with {@code l} from now on (a hall in a city). */
    public void lookUpWith(Lookup l) {
        this.lookup = l;
    }

    /**
     * As {@link #person}, and when the city limits appointments, with how many the person holds at the
     * city's other halls — asked of the hub now; without an answer (hub away, slow, or the hall not in
     * a city) only this hall's own limits apply, and the log says so.
     */
    public Person forBooking(String idNumber) {
        Person p = person(idNumber);
        if (p == null || p.city().activeAppointments() == 0) {
            return p;
        }
        return ask(p).map(t -> p.with(new Person.City(p.city().ticketsPerDay(), p.city().capped(),
                p.city().activeAppointments(), t.appointmentsElsewhere()))).orElse(p);
    }

    /** What the city holds of this person, if the hall is in a city, holds a city key and the hub answers. */
    public Optional<PersonToday> ask(Person p) {
        Lookup l = lookup;
        List<String> keys = p == null ? List.of() : cityKeys(p);
        if (l == null || keys.isEmpty()) {
            return Optional.empty();
        }
        try {
            return Optional.of(l.ask(new PersonToday.Query(keys.subList(0, Math.min(keys.size(), PersonToday.MAX_KEYS)))));
        } catch (CityRelay.LinkProblem e) {
            LOG.info("the city's word on a person: {}; this hall's own records only", e.getMessage());
            return Optional.empty();
        }
    }

    /** The city keyed hashes of a person (those a hub can match), the current one first. */
    public static List<String> cityKeys(Person p) {
        return p.keys().stream().filter(PersonKeyRing::isCityKey)
                .sorted((a, b) -> a.equals(p.key()) ? -1 : b.equals(p.key()) ? 1 : a.compareTo(b)).toList();
    }

    @Override
    public long ringVersion() {
        return ring.version();
    }

    @Override
    public long limitsUpTo() {
        return limits.upTo();
    }

    /** Takes what the hub says: another key ring (kept on disk first: the hub is the authority), the limits and marks. */
    @Override
    public synchronized void take(PersonKeyRing newRing, CityLimits newLimits) {
        if (clock == null) {
            throw new IllegalStateException("a hall on its own takes no city keys: give it a clock and a zone");
        }
        LocalDate today = LocalDate.ofInstant(clock.instant(), zone);
        if (newRing != null && newRing.version() != ring.version()) {
            PersonKeyRing kept = newRing.current(today);
            if (ringFile != null) {
                try {
                    PrivateFiles.write(ringFile, JSON.writeValueAsString(kept));
                } catch (IOException e) {
                    throw new IllegalStateException("the city's person keys cannot be written as JSON", e);
                }
            }
            ring = kept;
            LOG.info("city person keys: version {} ({} keys)", kept.version(), kept.keys().size());
        }
        if (newLimits != null) {
            capped.keySet().removeIf(d -> d.isBefore(today.minusDays(1)));
            for (CityLimits.Mark m : newLimits.capped()) {
                capped.computeIfAbsent(m.day(), d -> ConcurrentHashMap.newKeySet()).add(m.person());
            }
            long upTo = Math.max(limits.upTo(), newLimits.upTo());
            limits = new CityLimits(newLimits.ticketsPerDay(), newLimits.activeAppointments(), upTo, List.of());
        }
    }

    private static String hmac(SecretKeySpec key, byte[] message) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(key);
            return Base64.getUrlEncoder().withoutPadding().encodeToString(mac.doFinal(message));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HmacSHA256 is part of every Java runtime", e);
        }
    }
}
