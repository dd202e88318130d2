package hallq.protocol.mqtt;

import java.time.OffsetDateTime;

/**
 * Every MQTT message: {@code schema} names the payload type and version, {@code seq} counts per
 * topic from 1 within one publisher {@code epoch} (a new epoch after a controller restart), so a
 * subscriber can see gaps; {@code at} is when it was published, with the hall's offset.
 */
public record Envelope<T>(String schema, String epoch, long seq, OffsetDateTime at, T data) {
}
