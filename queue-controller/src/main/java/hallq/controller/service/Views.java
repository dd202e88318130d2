package hallq.controller.service;

import hallq.controller.core.Appointment;
import hallq.controller.core.Call;
import hallq.controller.core.CitySupervision;
import hallq.controller.core.HallHandover;
import hallq.controller.core.HallState;
import hallq.controller.core.Notice;
import hallq.controller.core.PolicyDecision;
import hallq.controller.core.Prediction;
import hallq.controller.core.Rating;
import hallq.controller.core.Ticket;
import hallq.controller.core.TicketEvent;
import hallq.controller.core.WaitPredictor;
import hallq.controller.core.Window;
import hallq.controller.core.WorkOrder;
import hallq.protocol.city.Handover;
import hallq.protocol.config.ServiceConfig;
import hallq.protocol.mqtt.Alert;
import hallq.protocol.mqtt.CallEvent;
import hallq.protocol.mqtt.EvaluatorPrompt;
import hallq.protocol.rest.AppointmentView;
import hallq.protocol.rest.CityNoticeView;
import hallq.protocol.rest.HandoverView;
import hallq.protocol.rest.RatingView;
import hallq.protocol.rest.ServiceView;
import hallq.protocol.rest.TicketEventView;
import hallq.protocol.rest.TicketView;
import hallq.protocol.rest.WindowView;
import hallq.protocol.rest.WorkOrderView;
import java.time.Instant;
import java.time.InstantSource;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.List;

/** Turns the core's state into the protocol's views, with times in the hall's offset. */
final class Views {
    private final HallState state;
    private final WaitPredictor predictor;
    /** The hall's clock, for the waits of a ticket's view (what is left of the services under way). */
    private final InstantSource clock;

    Views(HallState state, WaitPredictor predictor, InstantSource clock) {
        this.state = state;
        this.predictor = predictor;
        this.clock = clock;
    }

    OffsetDateTime time(Instant t) {
        return t == null ? null : t.atZone(state.calendar().zone()).toOffsetDateTime();
    }

    WindowView window(int number) {
        Window w = state.window(number);
        return w == null ? null : window(w);
    }

    WindowView window(Window w) {
        Ticket t = w.current() == null ? null : state.ticket(w.current());
        return new WindowView(w.number(), w.name(), w.department(), w.state(), w.skills(), w.standby(), w.clerk(),
                t == null ? null : t.number(), t == null ? null : t.status().name(),
                t == null ? null : t.serviceId(), time(w.since()));
    }

    PolicyView.Decision decision(PolicyDecision d) {
        return new PolicyView.Decision(d.id(), d.kind().name(), d.status().name(), d.window(), d.serviceId(),
                time(d.decidedAt()), time(d.effectiveAt()), d.reason(), d.actor());
    }

    /** A policy decision as managers see it on the alerts topic. */
    Alert alert(PolicyDecision d) {
        ServiceConfig s = state.service(d.serviceId());
        String service = s == null ? "" : s.name();
        String what = switch (d.status()) {
            case PROPOSED -> (d.kind() == PolicyDecision.Kind.OPEN ? "建议开启" : "建议关闭") + d.window() + "号窗口";
            case SCHEDULED -> "已通知工作人员，" + d.window() + "号窗口将于 "
                    + time(d.effectiveAt()).toLocalTime().withNano(0) + " 开启";
            case DONE -> (d.kind() == PolicyDecision.Kind.OPEN ? "已开启" : "已关闭") + d.window() + "号窗口";
            case REJECTED -> "已驳回：" + d.window() + "号窗口";
            case WITHDRAWN -> "已撤回：" + d.window() + "号窗口";
        };
        String severity = d.status() == PolicyDecision.Status.PROPOSED ? "ACTION" : "INFO";
        return new Alert("POLICY_" + d.kind() + "_" + d.status(), severity,
                what + (service.isEmpty() ? "" : "（" + service + "）") + (d.reason() == null ? "" : "：" + d.reason()),
                d.serviceId(), d.window(), time(d.decidedAt()));
    }

    CallEvent call(Call c) {
        ServiceConfig s = state.service(c.ticket().serviceId());
        return new CallEvent(c.ticket().number(), c.window().number(), c.window().name(), s.id(), s.name(),
                c.recall(), c.ticket().callCount(), time(c.ticket().calledAt()));
    }

    ServiceView service(ServiceConfig s, Instant now) {
        Prediction p = predictor.forNewArrival(s.id(), now);
        String closed = null;
        if (!state.calendar().isOpen(now, s.id())) {
            closed = "outside opening hours (today: " + state.calendar().describe(state.calendar().businessDate(now), s.id())
                    + ")";
        } else if (s.dailyCap() > 0 && state.issuedToday(s.id()) >= s.dailyCap()) {
            closed = "today's " + s.dailyCap() + " tickets are all issued";
        }
        return new ServiceView(s.id(), s.name(), s.nameEn(), s.prefix(), s.zone(), state.waiting(s.id()),
                Math.round(p.servingWindows() * 10) / 10.0, round(p.meanMinutes()), round(p.p90Minutes()),
                s.targetWaitMinutes(),
                state.issuedToday(s.id()), s.dailyCap(), closed == null, closed);
    }

    TicketView ticket(Ticket t, int peopleAhead, List<TicketEvent> events) {
        ServiceConfig s = state.service(t.serviceId());
        Prediction p = t.isWaiting() ? predictor.forTicket(t, clock.instant()) : null;
        Window w = t.window() == null ? null : state.window(t.window());
        Rating rating = state.ledger().ratingOf(t.id());
        return new TicketView(t.id(), t.number(), t.token(), t.businessDate(), t.serviceId(),
                s == null ? t.serviceId() : s.name(), t.channel(), t.priority(), t.status(), time(t.issuedAt()),
                t.isWaiting() ? peopleAhead : null, p == null ? null : round(p.meanMinutes()),
                p == null ? null : round(p.p90Minutes()), t.window(), w == null ? null : w.name(),
                time(t.calledAt()), t.callCount(), events == null ? null : events.stream()
                .map(e -> new TicketEventView(e.type().name(), time(e.at()), e.window(), e.actor(), e.detail()))
                .toList(), rating == null ? null : rating.score());
    }

    /** A ticket just issued and the wait predicted for it; null if it is no longer waiting. */
    HallListener.Issued issued(TicketEvent event) {
        Ticket t = state.ticket(event.ticketId());
        if (t == null || !t.isWaiting()) {
            return null;
        }
        Prediction p = predictor.forTicket(t, event.at());
        return new HallListener.Issued(t.id(), t.businessDate(), round(p.meanMinutes()), round(p.p90Minutes()));
    }

    /** The evaluator prompt for a ticket completed at a window, or null if the ticket is unknown. */
    EvaluatorPrompt prompt(TicketEvent completed) {
        Ticket t = state.ticket(completed.ticketId());
        if (t == null) {
            return null;
        }
        ServiceConfig s = state.service(t.serviceId());
        return new EvaluatorPrompt(t.number(), completed.window(), s == null ? t.serviceId() : s.name());
    }

    AppointmentView appointment(Appointment a) {
        ServiceConfig s = state.service(a.serviceId());
        var rules = state.appointmentRules();
        Ticket t = a.ticketId() == null ? null : state.ticket(a.ticketId());
        ZoneId zone = state.calendar().zone();
        LocalDateTime start = LocalDateTime.of(a.date(), a.slotStart());
        return new AppointmentView(a.code(), a.token(), a.serviceId(), s == null ? a.serviceId() : s.name(), a.date(),
                a.slotStart(), a.slotEnd(), a.status().name(),
                start.minusMinutes(rules.earlyMinutes()).atZone(zone).toOffsetDateTime(),
                start.plusMinutes(rules.lateMinutes()).atZone(zone).toOffsetDateTime(), t == null ? null : t.number(),
                time(a.bookedAt()));
    }

    RatingView rating(Rating r) {
        ServiceConfig s = state.service(r.serviceId());
        WorkOrder w = state.ledger().workOrderOfRating(r.id());
        return new RatingView(r.id(), r.ticketNumber(), r.businessDate(), r.serviceId(), s == null ? r.serviceId()
                : s.name(), r.window(), r.clerk(), r.score(), r.label(), r.comment(), r.source().name(), time(r.at()),
                w == null ? null : w.id());
    }

    WorkOrderView workOrder(WorkOrder w) {
        ServiceConfig s = state.service(w.serviceId());
        return new WorkOrderView(w.id(), w.ratingId(), w.ticketNumber(), w.serviceId(), s == null ? w.serviceId()
                : s.name(), w.window(), w.clerk(), w.score(), Rating.LABELS[w.score() - 1], w.comment(),
                w.status().name(), time(w.openedAt()), w.dispatchedOn(), w.acceptDue(), w.finishDue(), w.extendedDays(),
                w.handler(), w.resolution(), w.acceptOverdue(), w.finishOverdue(), w.event().name(), w.actor(),
                w.note(), time(w.at()));
    }

    CityNoticeView cityNotice(CitySupervision n, Instant now) {
        ServiceConfig s = n.serviceId() == null ? null : state.service(n.serviceId());
        return new CityNoticeView(n.id(), n.message(), n.sentBy(), time(n.sentAt()), time(n.answerDue()), n.alertKind(),
                n.serviceId(), s == null ? null : s.name(), n.status().name(), time(n.receivedAt()), n.acknowledgedBy(),
                time(n.acknowledgedAt()), n.answer(), n.answeredBy(), time(n.answeredAt()), n.overdue(now));
    }

    /**
     * A handover as staff ({@code staff}) or the citizen see it: the citizen's page has no staff ids,
     * no note and no tracking address; {@code base} is the hall's public address for that address.
     */
    HandoverView handover(HallHandover x, Instant now, boolean staff, String base) {
        Handover h = x.handover();
        List<HandoverView.Step> steps = h.steps().stream().map(s -> new HandoverView.Step(s.step(), time(s.at()),
                s.hall(), staff ? s.by() : null, s.detail())).toList();
        Ticket pickup = x.pickupTicketId() == null ? null : state.ticket(x.pickupTicketId());
        String track = staff && x.token() != null && base != null ? base.replaceAll("/+$", "") + "/h/" + x.token() : null;
        return new HandoverView(h.receipt(), x.outgoing() ? "OUTGOING" : "INCOMING", h.fromHall(), h.fromHallName(),
                h.toHall(), h.toHallName(), h.serviceId(), h.matterName(), h.materials(), staff ? h.note() : null,
                x.ticketNumber(), time(h.sentAt()), time(h.acceptDue()), time(h.resultDue()), h.status(), h.closed(),
                h.acceptOverdue(now), h.resultOverdue(now), steps, track, pickup == null ? null : pickup.number(), null);
    }

    /** A handover step the hall's staff must act on or hear of, or null. */
    Alert alert(HallHandover x) {
        Handover h = x.handover();
        String step = x.event() == null ? null : x.event().step();
        if (Handover.RECEIVED.equals(step) && !x.outgoing()) {
            return new Alert("HANDOVER_IN", "ACTION", "收到转报件 " + h.receipt() + "（" + h.fromHallName() + "，"
                    + h.matterName() + "），请受理", h.serviceId(), null, time(x.changedAt()));
        }
        if (HallHandover.OVERDUE.equals(step)) {
            return overdue(x);
        }
        List<String> learned = Handover.HELD.equals(step) && x.event().detail() != null
                ? List.of(x.event().detail().split(",")) : List.of();
        if (x.outgoing() && learned.contains(Handover.RETURNED)) {
            return new Alert("HANDOVER_RETURNED", "ACTION", "转报件 " + h.receipt() + " 被" + h.toHallName() + "退回："
                    + h.step(Handover.RETURNED).detail(), h.serviceId(), null, time(x.changedAt()));
        }
        if (x.outgoing() && learned.contains(Handover.RESULT_READY) && "PICKUP".equals(h.step(Handover.RESULT_READY).detail())) {
            return new Alert("HANDOVER_READY", "INFO", "转报件 " + h.receipt() + " 办理结果已送达本站，待群众领取",
                    h.serviceId(), null, time(x.changedAt()));
        }
        return null;
    }

    /** A handover deadline just missed: the receiving hall must act, the station follows up. */
    private Alert overdue(HallHandover x) {
        Handover h = x.handover();
        boolean accept = HallHandover.ACCEPT.equals(x.event().detail());
        // a deadline is the end of its last working day: say that day
        LocalDate due = (accept ? h.acceptDue() : h.resultDue()).minusMillis(1).atZone(state.calendar().zone())
                .toLocalDate();
        String late = accept ? "超期未受理" : "超期未办结";
        String message = x.outgoing()
                ? "转报件 " + h.receipt() + "（" + h.matterName() + "）在" + h.toHallName() + late + "（时限 " + due + "），请跟进"
                : "转报件 " + h.receipt() + "（" + h.fromHallName() + "，" + h.matterName() + "）" + late + "（时限 " + due
                        + "），请尽快" + (accept ? "受理或退回" : "办结");
        return new Alert("HANDOVER_OVERDUE", "ACTION", message, h.serviceId(), null, time(x.changedAt()));
    }

    /** A city supervision notice just received: the managers must acknowledge and answer it. */
    Alert alert(CitySupervision n) {
        return new Alert("CITY_NOTICE", "ACTION", "市级督办：" + n.message(), n.serviceId(), null, time(n.receivedAt()));
    }

    Alert alert(Notice n) {
        return new Alert("SUPERVISION_" + n.kind().name(), n.kind() == Notice.Kind.OVER_TARGET ? "WARNING" : "ACTION",
                n.message(), n.serviceId(), n.window(), time(n.at()));
    }

    /** Citizens newly past the target, one alert per service: how many, and the longest wait. */
    Alert overTarget(String serviceId, List<Notice> notices) {
        ServiceConfig s = state.service(serviceId);
        Notice last = notices.get(notices.size() - 1);
        String name = s == null ? serviceId : s.name();
        return new Alert("SUPERVISION_OVER_TARGET", "WARNING", notices.size() == 1 ? last.message()
                : name + "：又有 " + notices.size() + " 位群众等候超过 " + (s == null ? "" : s.targetWaitMinutes() + " 分钟")
                        + "目标（" + String.join("、", notices.stream().map(n -> state.ticket(n.ticketId()) == null ? "?"
                        : state.ticket(n.ticketId()).number()).toList()) + "）", serviceId, null, time(last.at()));
    }

    /** Work-order steps managers must hear of (a new order, a missed deadline), or null. */
    Alert alert(WorkOrder w) {
        ServiceConfig s = state.service(w.serviceId());
        String where = (s == null ? w.serviceId() : s.name()) + "，" + w.window() + "号窗口，" + w.ticketNumber();
        return switch (w.event()) {
            case OPENED -> new Alert("WORK_ORDER_OPENED", "ACTION", "差评工单 #" + w.id() + "（" + Rating.LABELS[w.score() - 1]
                    + "）：" + where + (w.acceptDue() == null ? "；" + w.note() : "，请于 " + w.acceptDue() + " 前受理"),
                    w.serviceId(), w.window(), time(w.at()));
            case ACCEPT_OVERDUE -> new Alert("WORK_ORDER_OVERDUE", "ACTION", "差评工单 #" + w.id() + " 超期未受理（应于 "
                    + w.acceptDue() + " 前）：" + where, w.serviceId(), w.window(), time(w.at()));
            case FINISH_OVERDUE -> new Alert("WORK_ORDER_OVERDUE", "ACTION", "差评工单 #" + w.id() + " 超期未办结（应于 "
                    + w.finishDue() + " 前）：" + where, w.serviceId(), w.window(), time(w.at()));
            default -> null;
        };
    }

    /** Minutes to one decimal; null when unknown (no open window serves the service now). */
    static Double round(double v) {
        return Double.isNaN(v) ? null : Math.round(v * 10) / 10.0;
    }
}
