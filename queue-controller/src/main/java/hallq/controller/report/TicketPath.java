package hallq.controller.report;

import hallq.controller.core.Ticket;
import hallq.controller.core.TicketEvent;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/**
 * One ticket's day rebuilt from its recorded events: the spans it waited in line, and each visit to
 * a window (called, started, ended and how). A ticket called again after a transfer or a no-show
 * makes a second visit; the wait of a visit runs from when the ticket was (again) ready to be called.
 */
record TicketPath(Ticket ticket, String issuedService, Instant issuedAt, Instant firstCall, List<Visit> visits,
                  List<long[]> waiting) {

    /** How a visit ended; {@code OPEN} means the citizen is still at the window. */
    enum End { COMPLETED, NO_SHOW, TRANSFERRED, POSTPONED, EXPIRED, OPEN }

    /** One stay at a window, for the service the ticket had when called. */
    record Visit(String serviceId, int window, Instant ready, Instant called, Instant started, Instant ended, End end) {
        /** At the window from the call to the end (or to {@code asOf} while still there). */
        long[] busy(Instant asOf) {
            return new long[] {called.toEpochMilli(), (ended == null ? asOf : ended).toEpochMilli()};
        }
    }

    /** Builds the path; {@code issuedService} is the service the number was issued for (its prefix). */
    static TicketPath of(Ticket t, String issuedService, List<TicketEvent> events, Instant asOf) {
        return new Builder(t, issuedService).run(events, asOf);
    }

    private static final class Builder {
        private final Ticket ticket;
        private final String issuedService;
        private final List<Visit> visits = new ArrayList<>();
        private final List<long[]> waiting = new ArrayList<>();
        private String service;
        private Instant readySince;
        private Instant waitingSince;
        private Instant firstCall;
        private Visit open;

        Builder(Ticket ticket, String issuedService) {
            this.ticket = ticket;
            this.issuedService = issuedService;
            this.service = issuedService;
            this.readySince = ticket.issuedAt();
            this.waitingSince = ticket.issuedAt();
        }

        TicketPath run(List<TicketEvent> events, Instant asOf) {
            for (TicketEvent e : events) {
                step(e);
            }
            stopWaiting(asOf);
            if (open != null) {
                visits.add(open);
            }
            return new TicketPath(ticket, issuedService, ticket.issuedAt(), firstCall, List.copyOf(visits),
                    List.copyOf(waiting));
        }

        private void step(TicketEvent e) {
            Instant at = e.at();
            switch (e.type()) {
                case CALLED -> {
                    stopWaiting(at);
                    firstCall = firstCall == null ? at : firstCall;
                    open = new Visit(service, e.window() == null ? 0 : e.window(), readySince, at, null, null, End.OPEN);
                }
                case STARTED -> {
                    if (open != null) {
                        open = new Visit(open.serviceId(), open.window(), open.ready(), open.called(), at, null, End.OPEN);
                    }
                }
                case COMPLETED -> end(at, End.COMPLETED);
                case NO_SHOW -> {
                    end(at, End.NO_SHOW);
                    readySince = at;
                }
                case TRANSFERRED -> {
                    service = transferredTo(e.detail(), service);
                    if (open != null) {
                        end(at, End.TRANSFERRED);
                        readySince = at;
                        waitingSince = at;
                    }
                }
                case POSTPONED -> {
                    end(at, End.POSTPONED);
                    stopWaiting(at);
                }
                case RETURNED -> {
                    readySince = at;
                    waitingSince = at;
                }
                case VOIDED, EXPIRED -> {
                    stopWaiting(at);
                    end(at, End.EXPIRED);
                }
                case ISSUED, RECALLED -> {
                }
            }
        }

        private void end(Instant at, End how) {
            if (open != null) {
                visits.add(new Visit(open.serviceId(), open.window(), open.ready(), open.called(), open.started(),
                        at, how));
                open = null;
            }
        }

        private void stopWaiting(Instant at) {
            if (waitingSince != null) {
                waiting.add(new long[] {waitingSince.toEpochMilli(), at.toEpochMilli()});
                waitingSince = null;
            }
        }

        /** "HJ->SB window 7" names the new service; "window 7 closed" keeps it. */
        private static String transferredTo(String detail, String current) {
            if (detail == null || !detail.contains("->")) {
                return current;
            }
            String to = detail.substring(detail.indexOf("->") + 2).trim();
            int space = to.indexOf(' ');
            return space < 0 ? to : to.substring(0, space);
        }
    }
}
