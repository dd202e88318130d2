package hallq.protocol.rest;

import java.util.List;

/**
 * Optional body of a window action: {@code ticket} for call/transfer targets, {@code toService}
 * or {@code toWindow} for transfer, {@code clerk} for open, {@code services} for skills,
 * {@code reason} for the record, {@code actor} who pressed it.
 */
public record WindowActionRequest(String ticket, String toService, Integer toWindow, String clerk,
                                  List<String> services, String reason, String actor) {
    public static WindowActionRequest empty() {
        return new WindowActionRequest(null, null, null, null, null, null, null);
    }
}
