package hallq.city.core;

import hallq.protocol.rest.ServiceView;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * The citizens' view of the city (/city/services): for each matter, every hall that handles it, with
 * how many wait there now and the wait a new arrival would face, and the link to the hall's booking
 * page; and the places a citizen can measure distance from (the city centre and the districts). A
 * matter is a service id: halls of one city share the city's catalogue of matters. Pure: built from
 * what the overview reads. Nothing about anyone, only the halls' own public figures.
 */
public final class CityServices {
    private CityServices() {
    }

    /** A matter and the halls that handle it, nearest first once a place is chosen (the page sorts). */
    public record Matter(String id, String name, String nameEn, List<Place> halls) {
    }

    /**
     * One hall for one matter; {@code live} false when the hall has not been heard for a minute (its
     * figures are then left out: null), {@code bookingUrl} null when the hall gave no address.
     */
    public record Place(String hallId, String hallName, HallEntry.Level level, Double lat, Double lon, boolean live,
                        Integer waiting, Double predictedWaitMinutes, Integer targetWaitMinutes, boolean accepting,
                        String bookingUrl) {
    }

    /** A place to measure from: the city centre or a district centre with coordinates. */
    public record From(String id, String name, HallEntry.Level level, double lat, double lon) {
    }

    public record View(Instant at, List<Matter> matters, List<From> from) {
    }

    public static View build(List<Overview.Input> halls, Instant now) {
        Map<String, List<Place>> byMatter = new TreeMap<>();
        Map<String, ServiceView> named = new LinkedHashMap<>();
        List<From> from = new ArrayList<>();
        for (Overview.Input in : halls) {
            HallEntry h = in.hall();
            if ((h.level() == HallEntry.Level.CITY || h.level() == HallEntry.Level.DISTRICT) && h.lat() != null
                    && h.lon() != null) {
                from.add(new From(h.id(), h.name(), h.level(), h.lat(), h.lon()));
            }
            if (in.live() == null) {
                continue; // never heard: what it handles is not known
            }
            boolean live = in.lastHeard() != null && Duration.between(in.lastHeard(), now).compareTo(Overview.STALE_AFTER) <= 0;
            String booking = in.live().publicUrl() == null ? null : in.live().publicUrl().replaceAll("/+$", "") + "/book";
            for (ServiceView s : in.live().services()) {
                named.putIfAbsent(s.id(), s);
                byMatter.computeIfAbsent(s.id(), k -> new ArrayList<>()).add(new Place(h.id(), h.name(), h.level(),
                        h.lat(), h.lon(), live, live ? s.waiting() : null, live ? s.predictedWaitMinutes() : null,
                        s.targetWaitMinutes(), live && s.accepting(), booking == null ? null
                                : s.id().matches("[A-Za-z0-9_-]{1,40}") ? booking + "?service=" + s.id() : booking));
            }
        }
        List<Matter> matters = new ArrayList<>();
        byMatter.forEach((id, places) -> {
            ServiceView s = named.get(id);
            places.sort(Comparator.comparing(Place::hallId));
            matters.add(new Matter(id, s.name(), s.nameEn(), List.copyOf(places)));
        });
        from.sort(Comparator.comparing(From::level).thenComparing(From::id));
        return new View(now, matters, from);
    }
}
