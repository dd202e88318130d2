package hallq.kiosk.flow;

import hallq.protocol.ResidentId;

/**
 * A citizen's resident ID number, read from the ID card, held in memory only for the one request
 * it goes with. It is never stored or logged: {@link #toString()} and {@link #masked()} give
 * 4401**********1234; only {@link #number()} gives the whole number, for the request body.
 */
public final class CitizenId {

    private final String number;

    private CitizenId(String number) {
        this.number = number;
    }

    /** The number if it is a valid resident ID; the exception says why not, without repeating it. */
    public static CitizenId of(String number) {
        ResidentId.problem(number).ifPresent(p -> {
            throw new IllegalArgumentException(p);
        });
        return new CitizenId(ResidentId.normalize(number));
    }

    public String number() {
        return number;
    }

    public String masked() {
        return ResidentId.mask(number);
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof CitizenId c && c.number.equals(number);
    }

    @Override
    public int hashCode() {
        return number.hashCode();
    }

    @Override
    public String toString() {
        return masked();
    }
}
