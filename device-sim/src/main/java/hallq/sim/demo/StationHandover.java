package hallq.sim.demo;

import com.fasterxml.jackson.databind.JsonNode;
import hallq.protocol.Json;
import hallq.protocol.rest.HandoverRequest;
import hallq.protocol.rest.HandoverView;
import java.io.IOException;
import java.time.Instant;
import java.time.InstantSource;
import java.util.List;
import java.util.function.Consumer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * What the station's clerk does at the window for the handover story's citizen ({@link
 * CityHandoverStory}): 查询推荐大厅 — asks the city hub, through the station's controller, which
 * hall handles the matter (the station's own street centre comes first) — then 转报（代办） to the
 * first one proposed, with the matter, the materials received and a note; the citizen's ticket is
 * completed as handed over. With no proposal (the hub out of reach) the clerk types the station's
 * parent hall, as docs/city.md says a clerk does. A handover left unanswered is looked for among
 * the station's handovers (it may have been recorded) and otherwise sent again, a few times.
 */
final class StationHandover implements Errands.Errand {
    private static final Logger log = LoggerFactory.getLogger(StationHandover.class);
    /** The matter a village station does not decide: household registration, a street centre's. */
    static final String MATTER = "HJ";
    private static final String MATTER_NAME = "户籍迁入";
    private static final List<String> MATERIALS = List.of("居民身份证复印件", "户口簿", "迁入申请表");
    private static final String NOTE = "本人委托代办（城市演示）";
    private static final int TRIES = 3;
    private final String parent;
    private final String parentName;
    private final InstantSource clock;
    private final Consumer<HandoverView> sent;

    /** {@code sent} hears of the handover once the station has recorded it (on the clerk's thread). */
    StationHandover(String parent, String parentName, InstantSource clock, Consumer<HandoverView> sent) {
        this.parent = parent;
        this.parentName = parentName;
        this.clock = clock;
        this.sent = sent;
    }

    @Override
    public boolean atWindow(int window, String ticket, WindowConsole desk) throws IOException, InterruptedException {
        Instant began = clock.instant();
        HandoverRequest request = request(desk);
        for (int tries = 1; ; tries++) {
            try {
                sent.accept(desk.handOver(window, request));
                return true;
            } catch (IOException e) {
                HandoverView recorded = recorded(desk, ticket, began);
                if (recorded != null) {
                    sent.accept(recorded);
                    return true;
                }
                if (tries == TRIES) {
                    throw e;
                }
                log.info("handover story: handing {} over at window {}: {}; again", ticket, window, e.getMessage());
            }
        }
    }

    /** 查询推荐大厅, then the form filled in for the first hall proposed. */
    private HandoverRequest request(WindowConsole desk) throws InterruptedException {
        String to = parent;
        String name = parentName;
        try {
            JsonNode proposals = Json.lenient().readTree(desk.proposals(MATTER));
            if (proposals.size() > 0) {
                to = proposals.get(0).get("hallId").asText();
                name = proposals.get(0).get("name").asText();
            }
        } catch (IOException e) {
            log.info("handover story: no proposal from the hub ({}); handing over to {}", e.getMessage(), parent);
        }
        return new HandoverRequest(to, name, MATTER, MATTER_NAME, MATERIALS, NOTE);
    }

    /** The handover of {@code ticket} the station recorded since {@code since}, or null. */
    private static HandoverView recorded(WindowConsole desk, String ticket, Instant since) throws InterruptedException {
        try {
            return desk.handovers().stream().filter(h -> "OUTGOING".equals(h.direction())
                    && ticket.equals(h.ticketNumber()) && !h.sentAt().toInstant().isBefore(since)).findFirst()
                    .orElse(null);
        } catch (IOException e) {
            return null;
        }
    }
}
