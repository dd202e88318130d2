package hallq.city.app;

import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import hallq.city.store.HandoverStore;
import hallq.city.store.HubDatabase;
import hallq.controller.adapter.city.HttpCityHub;
import hallq.controller.app.Controller;
import hallq.controller.core.WindowAction;
import hallq.controller.core.WindowCommand;
import hallq.controller.service.Rejection;
import hallq.protocol.Json;
import hallq.protocol.Priority;
import hallq.protocol.city.Handover;
import hallq.protocol.config.HallConfig;
import hallq.protocol.rest.HandoverRequest;
import hallq.protocol.rest.HandoverView;
import hallq.protocol.rest.IssueTicketRequest;
import hallq.protocol.rest.TicketView;
import hallq.protocol.testing.TestDirs;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.InstantSource;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * A village station hands a citizen's matter over to its street centre through a real hub (代办转报):
 * the handover reaches the street, its acceptance and result come back to the station, the citizen
 * follows it by token and is called for the pickup — with the hub gone for a while in the middle,
 * and every step held once at both halls and at the hub.
 */
class HandoverIT {
    private static final String PASSWORD = CityLine.PASSWORD;
    private static final Duration WAIT = CityLine.WAIT;
    private final Path hubDir = TestDirs.fresh("handover-hub");
    private final HallConfig villageConfig = CityLine.VILLAGE;
    private final HallConfig streetConfig = CityLine.STREET;
    private Hub hub;
    private Controller village;
    private Controller street;

    @AfterEach
    void stop() {
        for (AutoCloseable c : new AutoCloseable[] {village, street, hub}) {
            try {
                if (c != null) {
                    c.close();
                }
            } catch (Exception e) {
                throw new IllegalStateException(e);
            }
        }
    }

    private void startHub(int port) throws Exception {
        hub = Hub.start(HubDatabase.privateCluster(hubDir), "127.0.0.1", port, InstantSource.system());
    }

    private Controller hall(HallConfig config) throws Exception {
        return CityLine.hall(hub, config, TestDirs.fresh("handover-" + config.hall().id()));
    }

    @Test
    void aVillageHandover_isAcceptedAndHandledByTheStreet_andPickedUpAtTheVillage_acrossAHubOutage() throws Exception {
        startHub(0);
        int port = hub.port();
        register();
        village = hall(villageConfig);
        street = hall(streetConfig);
        // the street has told the hub what it handles: the hub proposes it for 户籍 (HJ), which the village does not handle
        await().atMost(WAIT).until(() -> !proposals().isEmpty());
        JsonNode best = proposals().get(0);
        assertEquals("street-baiyun", best.get("hallId").asText());
        assertEquals("LINE", best.get("reason").asText(), "the station's own street centre comes first");

        // a citizen at the village's window 1 with a 户籍 matter: handed over
        TicketView ticket = village.service().tickets().issue(new IssueTicketRequest("ZX", null, null, null, null, null),
                "device:kiosk-1");
        village.service().windows().act(WindowCommand.of(1, WindowAction.CALL_NEXT, "clerk1"));
        village.service().windows().act(WindowCommand.of(1, WindowAction.START, "clerk1"));
        HandoverView sent = village.service().handovers().send(1, new HandoverRequest("street-baiyun",
                best.get("name").asText(), "HJ", "户籍迁入", List.of("居民身份证复印件", "户口簿", "迁入申请表"), "本人委托代办"),
                "clerk1");
        assertEquals("OUTGOING", sent.direction());
        assertEquals("SENT", sent.status());
        assertEquals(ticket.number(), sent.ticketNumber());
        assertEquals(3, sent.materials().size());
        assertNotNull(sent.acceptDue());
        assertTrue(sent.resultDue().isAfter(sent.acceptDue()));
        assertTrue(sent.trackUrl().contains("/h/"), sent.trackUrl());
        assertEquals("DONE", village.service().tickets().ticketByNumber(ticket.number()).status().name(),
                "the citizen's ticket is completed as handed over");
        String token = sent.trackUrl().substring(sent.trackUrl().lastIndexOf('/') + 1);

        // the street takes it in and accepts it; the station hears of it
        await().atMost(WAIT).until(() -> street.service().handovers().list().size() == 1);
        HandoverView incoming = street.service().handovers().list().get(0);
        assertEquals("INCOMING", incoming.direction());
        assertEquals("RECEIVED", incoming.status());
        assertEquals("户籍迁入", incoming.matterName());
        assertNull(incoming.trackUrl(), "the citizen's token stays at the station");
        Rejection early = assertThrows(Rejection.class, () -> street.service().handovers().act(sent.receipt(), "result",
                "PICKUP", "clerk2"));
        assertTrue(early.getMessage().contains("accepted first"), early.getMessage());
        assertThrows(Rejection.class, () -> village.service().handovers().act(sent.receipt(), "accept", null, "clerk1"),
                "only the receiving hall accepts");
        HandoverView accepted = street.service().handovers().act(sent.receipt(), "accept", null, "clerk2");
        String acceptance = accepted.steps().stream().filter(s -> s.step().equals("ACCEPTED")).findFirst().orElseThrow()
                .detail();
        await().atMost(WAIT).until(() -> "ACCEPTED".equals(village.service().handovers().track(token).status()));

        // the link goes away; the street makes the result ready meanwhile, and both halls go on
        hub.close();
        hub = null;
        street.service().handovers().act(sent.receipt(), "result", "PICKUP", "clerk2");
        assertEquals("ACCEPTED", village.service().handovers().track(token).status(), "the village cannot know yet");
        startHub(port);
        await().atMost(WAIT).until(() -> "RESULT_READY".equals(village.service().handovers().track(token).status()));

        // the citizen's page: every step with its time, no staff ids, no note
        HandoverView followed = village.service().handovers().track(token);
        assertEquals(List.of("SENT", "RECEIVED", "ACCEPTED", "RESULT_READY"), followed.steps().stream()
                .map(HandoverView.Step::step).toList());
        assertTrue(followed.steps().stream().allMatch(s -> s.by() == null && s.at() != null));
        assertNull(followed.note());
        assertEquals(acceptance, followed.steps().get(2).detail(), "the acceptance number reaches the station");

        // the citizen comes back: a pickup ticket ahead of ordinary ones, and its completion records the pickup
        TicketView ordinary = village.service().tickets().issue(new IssueTicketRequest("ZX", null, null, null, null, null),
                "device:kiosk-1");
        TicketView pickup = village.service().handovers().pickupTicket(sent.receipt(), "device:kiosk-1");
        assertEquals(Priority.APPOINTMENT, pickup.priority());
        assertEquals(pickup.number(), village.service().handovers().pickupTicket(sent.receipt(), "device:kiosk-1")
                .number(), "asking again gives the same ticket");
        assertEquals(pickup.number(), village.service().handovers().pickupTicketByToken(token, "device:kiosk-1")
                .number(), "and so does a kiosk scanning the receipt's QR code (its token)");
        assertThrows(Rejection.class, () -> village.service().handovers().pickupTicketByToken("not-a-token-of-any-handover",
                "device:kiosk-1"));
        var called = village.service().windows().act(WindowCommand.of(1, WindowAction.CALL_NEXT, "clerk1"));
        assertEquals(pickup.number(), called.ticket().number(), "called ahead of " + ordinary.number());
        village.service().windows().act(WindowCommand.of(1, WindowAction.START, "clerk1"));
        village.service().windows().act(WindowCommand.of(1, WindowAction.COMPLETE, "clerk1"));
        assertEquals("PICKED_UP", village.service().handovers().track(token).status());
        assertTrue(village.service().handovers().one(sent.receipt()).closed());

        // the hub and the street hear of the pickup; each hall holds each step once, and nothing is left to hand over
        HandoverStore store = new HandoverStore(hub.database());
        await().atMost(WAIT).until(() -> store.list(Instant.now().minus(Duration.ofDays(1))).get(0).has("PICKED_UP"));
        await().atMost(WAIT).until(() -> street.service().handovers().one(sent.receipt()).status().equals("PICKED_UP"));
        Handover atHub = store.list(Instant.now().minus(Duration.ofDays(1))).get(0);
        assertEquals(List.of("SENT", "RECEIVED", "ACCEPTED", "RESULT_READY", "PICKED_UP"), atHub.steps().stream()
                .map(Handover.Step::step).toList());
        await().atMost(WAIT).until(() -> hub.events().ack("village-hedong").handovers().isEmpty()
                && hub.events().ack("street-baiyun").handovers().isEmpty());
        assertEquals(1, street.service().handovers().list().size());
        assertEquals(1, village.service().handovers().list().size());
    }

    @Test
    void aHandoverToAHallTheCityDoesNotKnow_isReturnedByTheHub() throws Exception {
        startHub(0);
        register();
        village = hall(villageConfig);
        village.service().tickets().issue(new IssueTicketRequest("SB", null, null, null, null, null), "device:kiosk-1");
        village.service().windows().act(WindowCommand.of(1, WindowAction.CALL_NEXT, "clerk1"));
        HandoverView sent = village.service().handovers().send(1, new HandoverRequest("nowhere-hall", null, null, null,
                List.of(), null), "clerk1");
        assertEquals("社保医保", sent.matterName(), "the ticket's own service, named by the station");
        await().atMost(WAIT).until(() -> "RETURNED".equals(village.service().handovers().one(sent.receipt()).status()));
        HandoverView back = village.service().handovers().one(sent.receipt());
        assertTrue(back.closed());
        assertTrue(back.steps().get(back.steps().size() - 1).detail().contains("nowhere-hall"));
    }

    private void register() {
        CityLine.register(hub);
    }

    private JsonNode proposals() throws Exception {
        return Json.strict().readTree(new HttpCityHub(hub.url(), "village-hedong", PASSWORD).proposals("HJ"));
    }
}
