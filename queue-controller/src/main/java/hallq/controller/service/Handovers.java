package hallq.controller.service;

import hallq.controller.core.HallHandover;
import hallq.controller.core.HandoverSend;
import hallq.protocol.city.Handover;
import hallq.protocol.config.HallInfo;
import hallq.protocol.rest.HandoverRequest;
import hallq.protocol.rest.HandoverView;
import hallq.protocol.rest.TicketView;
import java.util.Comparator;
import java.util.List;

/**
 * Handovers (代办转报) to and from this hall: a station clerk hands a citizen's matter to the
 * competent hall; the hub's copies are taken in as the relay hands them over; the receiving hall's
 * clerks accept, return or make the result ready; the station issues the pickup ticket and records
 * the pickup. Each step is stored with its city event, so the hub learns of it through the outbox.
 */
public final class Handovers {
    private final HallWriter writer;
    private final HallInfo hall;
    private final Tokens tokens;
    private final ReceiptPrints prints;

    Handovers(HallWriter writer, HallInfo hall, Tokens tokens, ReceiptPrints prints) {
        this.writer = writer;
        this.hall = hall;
        this.tokens = tokens;
        this.prints = prints;
    }

    /** The 收件通知书 on the windows' printers. */
    public ReceiptPrints prints() {
        return prints;
    }

    /**
     * Completes the citizen at {@code window} as handed over; the answer carries the receipt (收件通知书),
     * sent to the window's printer when it has one.
     */
    public HandoverView send(int window, HandoverRequest r, String actor) {
        HandoverSend send = new HandoverSend(window, r.toHall(), r.toHallName(), r.serviceId(), r.matterName(),
                r.materials(), r.note(), hall.id(), hall.name());
        String token = tokens.token();
        return prints.printSent(writer.submit((h, now) -> h.core().handOver(send, token, actor, now), this::staffView),
                window);
    }

    /** The receipt printed again on the printer of {@code window}; refused with the reason when it cannot be. */
    public HandoverView print(String receipt, int window) {
        return prints.reprint(one(receipt), window);
    }

    /** Merges the hub's copies (it hands each over until this hall says it holds that version). */
    public void receive(List<Handover> copies) {
        if (!copies.isEmpty()) {
            writer.submit((h, now) -> hallq.controller.core.Outcome.accepted(null,
                    h.core().receiveHandovers(copies, hall.id(), now)), (h, x) -> null);
        }
    }

    /** A clerk's step: accept (text: the 受理编号, or one is made), return (text: why), result (PICKUP or POST), picked-up. */
    public HandoverView act(String receipt, String action, String text, String actor) {
        return writer.submit((h, now) -> h.core().handover(receipt, action, text, actor, now), this::staffView);
    }

    /** At the station: the pickup ticket for a result ready to be picked up (ahead of ordinary tickets). */
    public TicketView pickupTicket(String receipt, String actor) {
        String token = tokens.token();
        return writer.submit((h, now) -> h.core().pickupTicket(receipt, token, actor, now), Tickets::view);
    }

    /**
     * The same, for the citizen whose 收件通知书 a kiosk scanned: its QR code opens {@code /h/{token}},
     * and the token names the handover (an unknown one is a 404, as on the citizen's page).
     */
    public TicketView pickupTicketByToken(String handoverToken, String actor) {
        String receipt = writer.read(h -> {
            HallHandover x = h.core().state().ledger().handoverByToken(handoverToken);
            return x == null ? null : x.receipt();
        });
        if (receipt == null) {
            throw new Rejection(hallq.controller.core.Outcome.Reason.NOT_FOUND, "no such handover");
        }
        return pickupTicket(receipt, actor);
    }

    /** Open handovers first (the most urgent deadline first), then those closed within a month. */
    public List<HandoverView> list() {
        return writer.read(h -> h.core().state().ledger().handovers().stream()
                .sorted(Comparator.comparing((HallHandover x) -> x.handover().closed())
                        .thenComparing(x -> x.handover().sentAt(), Comparator.reverseOrder()))
                .map(x -> staffView(h, x)).toList());
    }

    public HandoverView one(String receipt) {
        return writer.read(h -> {
            HallHandover x = h.core().state().ledger().handover(receipt);
            if (x == null) {
                throw new Rejection(hallq.controller.core.Outcome.Reason.NOT_FOUND, "no handover " + receipt
                        + " at this hall");
            }
            return staffView(h, x);
        });
    }

    /** What the citizen's receipt QR code opens: no staff ids, no note. */
    public HandoverView track(String token) {
        return writer.read(h -> {
            HallHandover x = h.core().state().ledger().handoverByToken(token);
            if (x == null) {
                throw new Rejection(hallq.controller.core.Outcome.Reason.NOT_FOUND, "no such handover");
            }
            return h.views().handover(x, writer.clock().instant(), false, null);
        });
    }

    private HandoverView staffView(HallModel h, HallHandover x) {
        return prints.withState(h.views().handover(x, writer.clock().instant(), true, hall.publicBaseUrl()));
    }
}
