package hallq.controller.core;

import hallq.protocol.config.HallConfig;
import hallq.protocol.config.ServiceConfig;
import hallq.protocol.config.WindowConfig;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;

/**
 * One 好差评 record in the shape provincial platforms take (docs/ratings-export.md): the evaluation
 * channel (评价器, 二维码), the case number (办件编号), the matter and its 实施编码, the department and its
 * code, the region code, the applicant type, the handling state, the level 1-5 with its name, the
 * time, and the staff member evaluated (by staff id). Never a comment, a name or an ID number.
 * {@code recordId} is the same for the same rating however often it is sent, and differs for any
 * other rating of any hall (a rating id reused after a restore from a backup has another time).
 */
public record ProvincialRating(String recordId, String hallId, String hallName, String regionCode, String source,
                               String channel, String caseNumber, String caseNumberSource, String matterId,
                               String matterName, String matterCode, String department, String departmentCode,
                               String applicantType, String handlingState, int level, String levelName,
                               OffsetDateTime evaluatedAt, LocalDate businessDate, String staffId) {
    private static final DateTimeFormatter DAY = DateTimeFormatter.BASIC_ISO_DATE;

    /** The record of {@code r} in {@code config}'s hall. */
    public static ProvincialRating of(RatedCase r, HallConfig config) {
        ServiceConfig s = config.service(r.serviceId());
        WindowConfig w = config.windows().stream().filter(x -> x != null && x.number() != null
                && x.number() == r.window()).findFirst().orElse(null);
        boolean handedOver = r.handoverReceipt() != null;
        String hallId = config.hall().id();
        String caseNumber = r.caseNumber() != null ? r.caseNumber() : handedOver ? r.handoverReceipt()
                : hallId + "-" + DAY.format(r.businessDate()) + "-" + r.ticketNumber();
        return new ProvincialRating(hallId + "-" + r.ratedAt().toEpochMilli() + "-" + r.ratingId(), hallId,
                config.hall().name(), config.hall().regionCode(), r.source().name(),
                r.source() == Rating.Source.EVALUATOR ? "评价器" : "二维码",
                caseNumber, r.caseNumber() != null ? "CLERK" : handedOver ? "HANDOVER" : "TICKET", r.serviceId(), s == null ? r.serviceId() : s.name(),
                s == null ? null : s.implementationCode(), w == null ? null : w.department(),
                s == null ? null : s.departmentCode(), "自然人", handedOver ? "已转报" : "已办结", r.score(),
                Rating.LABELS[r.score() - 1], r.ratedAt().atZone(ZoneId.of(config.hall().timezone())).toOffsetDateTime(),
                r.businessDate(), r.clerk());
    }
}
