package hallq.kiosk.flow;

import java.util.UUID;
import java.util.function.Supplier;

/** Fresh client request ids: {@code kioskId:uuid}, unique per attempt. */
public final class RequestIds implements Supplier<String> {

    private final String kioskId;

    public RequestIds(KioskIdentity id) {
        this.kioskId = id.kioskId();
    }

    @Override
    public String get() {
        return kioskId + ":" + UUID.randomUUID();
    }
}
