package hallq.protocol.rest;

import java.util.List;

/**
 * Optional body of a window action: {@code ticket} for call/transfer targets, {@code toService}
 * or {@code toWindow} for transfer, {@code clerk} for open, {@code services} for skills,
 * {@code reason} for the record, {@code actor} who pressed it, {@code caseNumber} the 办件编号 a
 * clerk gives when completing (it names the case in the province's 好差评 records).
 */
public record WindowActionRequest(String ticket, String toService, Integer toWindow, String clerk,
                                  List<String> services, String reason, String actor, String caseNumber) {
    public WindowActionRequest(String ticket, String toService, Integer toWindow, String clerk, List<String> services,
                               String reason, String actor) {
        this(ticket, toService, toWindow, clerk, services, reason, actor, null);
    }

    public static WindowActionRequest empty() {
        return new WindowActionRequest(null, null, null, null, null, null, null, null);
    }
}
