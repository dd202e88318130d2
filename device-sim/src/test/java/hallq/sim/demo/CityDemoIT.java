package hallq.sim.demo;

import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import hallq.city.store.HandoverStore;
import hallq.controller.service.CityRelay;
import hallq.controller.service.QueueService;
import hallq.protocol.Priority;
import hallq.protocol.city.Handover;
import hallq.protocol.rest.HandoverView;
import hallq.protocol.rest.TicketView;
import hallq.sim.demo.HandoverStory.Step;
import hallq.sim.printer.PrintedTicket;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The city demo with three of its halls (the city centre, a street centre, a village station), each
 * a whole demo hall, at 600× on one clock: the handover story runs its course (a village citizen's
 * matter handed over to the street, accepted, its result made ready while the village's link is
 * cut, heard once the link is back, picked up at the village), every step held once at both halls
 * and the hub; every hall's events reach the hub; a village cut off keeps working and its events
 * wait in its outbox; once the link is back, and again after the hub is restarted under everyone,
 * the hub holds each hall's events exactly, none missing, none twice.
 */
class CityDemoIT {
    private static final Path CITY = Path.of("../config/city").toAbsolutePath().normalize();
    private static final Path SCENARIOS = Path.of("../scenarios/city").toAbsolutePath().normalize();
    private static final HttpClient HTTP = HttpClient.newHttpClient();

    @TempDir
    Path dir;

    @Test
    void theHandoverStoryCompletesAcrossACut_aVillageCutOffCatchesUp_andAHubRestartLosesNothing() throws Exception {
        Path layout = threeHalls(dir);
        try (CityDemo city = CityDemo.start(new CityDemo.Settings(layout, dir.resolve("data"), 600, 0, 0, 0, 0))) {
            assertEquals(3, city.halls().size());
            CityHandoverStory story = city.story();
            assertEquals("village-hedong", story.stationId());
            await().atMost(Duration.ofSeconds(120)).pollInterval(Duration.ofMillis(200)).until(story::done);
            assertHandoverHeldOnceEverywhere(city, story);
            awaitEveryHallHeld(city, 20);

            assertEquals(200, fault(city, "cut-link/village-hedong").statusCode());
            CityRelay.Status cut = await().atMost(Duration.ofSeconds(60)).until(() -> status(city, "village-hedong"),
                    s -> s.problem() != null);
            long heldWhileCut = city.hub().events().countsByHall().get("village-hedong");
            await().atMost(Duration.ofSeconds(90)).until(() -> status(city, "village-hedong").pending() >= 5);
            assertEquals(heldWhileCut, city.hub().events().countsByHall().get("village-hedong"),
                    "nothing reaches the hub while the link is cut: " + cut);
            assertTrue(fault(city, "cut-link/nowhere").body().contains("no hall nowhere"));
            assertEquals(404, fault(city, "cut-link/nowhere").statusCode());

            assertEquals(200, fault(city, "restore-link/village-hedong").statusCode());
            awaitEveryHallHeld(city, heldWhileCut + 5);

            assertEquals(200, fault(city, "restart-hub").statusCode());
            long before = city.hub().events().countsByHall().values().stream().mapToLong(Long::longValue).sum();
            awaitEveryHallHeld(city, 0);
            assertTrue(city.hub().events().countsByHall().values().stream().mapToLong(Long::longValue).sum() >= before);
            String summary = city.summary();
            assertTrue(summary.contains("village-hedong") && summary.contains("held by the hub"), summary);
            assertNotNull(city.hub().registry().login("street-baiyun").orElse(null));
        }
    }

    /**
     * The story's handover is picked up at both halls and at the hub, each step once; the street made
     * the result ready while the village was cut off, and the village heard of it only with its link back.
     */
    private static void assertHandoverHeldOnceEverywhere(CityDemo city, CityHandoverStory story) {
        List<String> steps = List.of(Handover.SENT, Handover.RECEIVED, Handover.ACCEPTED, Handover.RESULT_READY,
                Handover.PICKED_UP);
        String receipt = story.receipt();
        HandoverView village = service(city, "village-hedong").handovers().one(receipt);
        HandoverView street = service(city, "street-baiyun").handovers().one(receipt);
        assertEquals(steps, village.steps().stream().map(HandoverView.Step::step).toList(), village.toString());
        assertEquals(steps, street.steps().stream().map(HandoverView.Step::step).toList(), street.toString());
        assertTrue(village.closed() && "PICKED_UP".equals(street.status()));
        assertEquals(1, service(city, "village-hedong").handovers().list().size());
        assertEquals(1, service(city, "street-baiyun").handovers().list().size());
        Handover atHub = new HandoverStore(city.hub().database()).list(Instant.EPOCH).stream()
                .filter(h -> h.receipt().equals(receipt)).findFirst().orElseThrow();
        assertEquals(steps, atHub.steps().stream().map(Handover.Step::step).toList());

        Instant cut = story.at(Step.LINK_CUT);
        Instant back = story.at(Step.LINK_RESTORED);
        Instant ready = street.steps().get(3).at().toInstant();
        assertFalse(story.at(Step.ACCEPT_HEARD).isAfter(cut), "cut after the village heard of the acceptance");
        assertTrue(cut.isBefore(ready) && ready.isBefore(back), "the result made while the village was cut off");
        assertFalse(story.at(Step.READY_HEARD).isBefore(back), "heard at the village once its link was back");
        TicketView pickup = service(city, "village-hedong").tickets().ticketByNumber(village.pickupTicket());
        assertEquals(Priority.APPOINTMENT, pickup.priority());
        assertEquals("DONE", pickup.status().name());
        await().atMost(Duration.ofSeconds(30)).until(() -> city.hub().events().ack("village-hedong").handovers()
                .isEmpty() && city.hub().events().ack("street-baiyun").handovers().isEmpty());
        assertTrue(city.summary().contains("代办转报演示 / handover story at village-hedong, " + receipt), city.summary());
        // the station's window printer put the 收件通知书 on paper as the clerk handed the matter over
        List<PrintedTicket> paper = city.halls().get("village-hedong").printers().printed(1);
        assertEquals(1, paper.size(), "one receipt at window 1: " + paper + " " + village.printing() + " "
                + service(city, "village-hedong").devices().state("printer-w1"));
        assertTrue(paper.get(0).text().contains("收件通知书") && paper.get(0).text().contains(receipt), paper.get(0).text());
    }

    /** The layout of three of the city demo's halls, the centre, a street centre and a village, in {@code dir}. */
    static Path threeHalls(Path dir) throws IOException {
        return Files.writeString(dir.resolve("city.yml"), """
                halls:
                  - { config: %1$s/city-centre.yml, scenario: %2$s/city-centre-day.yml, level: CITY, lat: 23.129, lon: 113.264 }
                  - { config: %1$s/street-baiyun.yml, scenario: %2$s/street-baiyun-day.yml, level: TOWNSHIP, parent: yunshan-city }
                  - { config: %1$s/village-hedong.yml, scenario: %2$s/village-hedong-day.yml, level: VILLAGE, parent: street-baiyun }
                """.formatted(CITY, SCENARIOS));
    }

    private static QueueService service(CityDemo city, String hall) {
        return city.halls().get(hall).host().controller().service();
    }

    /** Until, at one moment, every hall has nothing pending and the hub holds exactly what it acknowledged. */
    private static void awaitEveryHallHeld(CityDemo city, long atLeast) {
        await().atMost(Duration.ofSeconds(90)).pollInterval(Duration.ofMillis(200)).until(() -> {
            Map<String, Long> held = city.hub().events().countsByHall();
            return city.halls().keySet().stream().allMatch(id -> {
                CityRelay.Status s = status(city, id);
                long h = held.getOrDefault(id, 0L);
                return s.problem() == null && s.pending() == 0 && h == s.acknowledged() && h >= Math.min(atLeast,
                        id.equals("village-hedong") ? atLeast : 1);
            });
        });
    }

    private static CityRelay.Status status(CityDemo city, String hall) {
        return city.halls().get(hall).host().controller().cityStatus();
    }

    private static HttpResponse<String> fault(CityDemo city, String what) throws Exception {
        return HTTP.send(HttpRequest.newBuilder(URI.create(city.apiUrl() + "/demo/faults/" + what))
                .POST(HttpRequest.BodyPublishers.noBody()).build(), HttpResponse.BodyHandlers.ofString());
    }
}
