package hallq.controller.app;

import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A hall's records as each schema version first held them: the rows introduced at version N are
 * inserted once the database is at N (with the tables of N exactly), and then live through every
 * later migration. A new migration adds its entry here (an empty list, with a comment, when it
 * adds no table that holds records); {@link UpgradeIT} fails naming the version until it does.
 *
 * <p>Two business days: Friday 2026-11-20, finished, and Monday 2026-11-23, open, on which the
 * upgraded controller starts at 10:00. {@code {Fri 09:05}} is that hall time in epoch milliseconds.
 */
final class UpgradeRows {
    static final LocalDate FRIDAY = LocalDate.of(2026, 11, 20);
    static final LocalDate MONDAY = LocalDate.of(2026, 11, 23);
    private static final ZoneId ZONE = ZoneId.of("Asia/Shanghai");
    private static final Pattern TIME = Pattern.compile("\\{(Fri|Mon) (\\d\\d:\\d\\d)}");
    private static final Map<Integer, List<String>> ROWS = new TreeMap<>();

    static {
        at(1, """
                INSERT INTO tickets (id, business_date, service_id, seq, number, channel, priority, status, issued_at,
                    place_at, called_at, started_at, finished_at, window_no, target_window, call_count, token,
                    client_request_id, person_key) VALUES
                  (1, '2026-11-20', 'HJ', 1, 'A001', 'KIOSK', 'NORMAL', 'DONE', {Fri 09:00}, {Fri 09:00}, {Fri 09:05},
                   {Fri 09:06}, {Fri 09:15}, 5, NULL, 1, 'tok-fri-a001', 'kiosk-1-0001', 'pk-1'),
                  (2, '2026-11-20', 'HJ', 2, 'A002', 'KIOSK', 'NORMAL', 'NO_SHOW', {Fri 09:02}, {Fri 09:02}, {Fri 09:16},
                   NULL, {Fri 09:20}, 5, NULL, 3, 'tok-fri-a002', 'kiosk-1-0002', NULL),
                  (3, '2026-11-20', 'SB', 1, 'G001', 'KIOSK', 'GREEN_CHANNEL', 'DONE', {Fri 09:10}, {Fri 09:10},
                   {Fri 09:11}, {Fri 09:12}, {Fri 09:30}, 2, NULL, 1, 'tok-fri-g001', NULL, 'pk-2'),
                  (4, '2026-11-20', 'HJ', 3, 'A003', 'COUNTER', 'URGENT', 'VOIDED', {Fri 10:00}, {Fri 10:00}, NULL, NULL,
                   {Fri 10:01}, NULL, NULL, 0, 'tok-fri-a003', NULL, NULL),
                  (5, '2026-11-20', 'CR', 1, 'B001', 'KIOSK', 'NORMAL', 'EXPIRED', {Fri 16:50}, {Fri 16:50}, NULL, NULL,
                   NULL, NULL, NULL, 0, 'tok-fri-b001', NULL, NULL),
                  (6, '2026-11-23', 'HJ', 1, 'A001', 'KIOSK', 'NORMAL', 'SERVING', {Mon 09:01}, {Mon 09:01}, {Mon 09:30},
                   {Mon 09:31}, NULL, 5, NULL, 1, 'tok-mon-a001', 'kiosk-1-0101', 'pk-3'),
                  (7, '2026-11-23', 'HJ', 2, 'A002', 'KIOSK', 'NORMAL', 'WAITING', {Mon 09:40}, {Mon 09:40}, NULL, NULL,
                   NULL, NULL, NULL, 0, 'tok-mon-a002', 'kiosk-1-0102', NULL)""", """
                INSERT INTO ticket_events (ticket_id, type, at, window_no, actor, detail) VALUES
                  (1, 'ISSUED', {Fri 09:00}, NULL, 'kiosk-1', NULL), (1, 'CALLED', {Fri 09:05}, 5, 'clerk5', NULL),
                  (1, 'STARTED', {Fri 09:06}, 5, 'clerk5', NULL), (1, 'COMPLETED', {Fri 09:15}, 5, 'clerk5', NULL),
                  (2, 'ISSUED', {Fri 09:02}, NULL, 'kiosk-1', NULL), (2, 'NO_SHOW', {Fri 09:20}, 5, 'clerk5', NULL),
                  (3, 'ISSUED', {Fri 09:10}, NULL, 'kiosk-1', NULL), (3, 'COMPLETED', {Fri 09:30}, 2, 'clerk2', NULL),
                  (4, 'ISSUED', {Fri 10:00}, NULL, 'manager', NULL), (4, 'VOIDED', {Fri 10:01}, NULL, 'manager', '重复取号'),
                  (5, 'ISSUED', {Fri 16:50}, NULL, 'kiosk-1', NULL), (5, 'EXPIRED', {Mon 09:00}, NULL, NULL, NULL),
                  (6, 'ISSUED', {Mon 09:01}, NULL, 'kiosk-1', NULL), (6, 'CALLED', {Mon 09:30}, 5, 'clerk5', NULL),
                  (6, 'STARTED', {Mon 09:31}, 5, 'clerk5', NULL), (7, 'ISSUED', {Mon 09:40}, NULL, 'kiosk-1', NULL)""", """
                INSERT INTO windows (number, skills, state, clerk, current_ticket, since) VALUES
                  (5, 'HJ', 'OPEN', '王芳', 6, {Mon 09:00}), (6, 'HJ', 'CLOSED', NULL, NULL, {Fri 17:00})""", """
                INSERT INTO window_events (window_no, type, at, actor, detail) VALUES
                  (5, 'OPENED', {Mon 09:00}, 'clerk5', NULL), (6, 'CLOSED', {Fri 17:00}, 'manager', NULL)""");
        at(2, """
                INSERT INTO policy_decisions (id, kind, status, window_no, service_id, decided_at, effective_at, reason,
                    actor) VALUES
                  (1, 'OPEN', 'DONE', 27, 'HJ', {Fri 10:30}, {Fri 10:35}, 'predicted wait 24 min > 20', 'manager'),
                  (2, 'CLOSE', 'DONE', 27, NULL, {Fri 12:00}, {Fri 12:00}, 'calm for 15 min', NULL)""");
        at(3, """
                INSERT INTO ratings (id, ticket_id, ticket_number, business_date, service_id, window_no, clerk, score,
                    comment, source, rated_at) VALUES
                  (1, 1, 'A001', '2026-11-20', 'HJ', 5, '王芳', 5, NULL, 'EVALUATOR', {Fri 09:15}),
                  (2, 3, 'G001', '2026-11-20', 'SB', 2, '赵敏', 2, '等了很久，材料清单不清楚', 'WEB', {Fri 09:40})""");
        at(4, """
                INSERT INTO appointments (id, code, token, service_id, day, slot_start, slot_minutes, person_key, phone,
                    status, booked_at, changed_at, ticket_id, slot_quota) VALUES
                  (1, 'Y7K2QF', 'apt-tok-1', 'HJ', '2026-11-20', '09:00', 30, 'pk-1', '13800000000', 'CHECKED_IN',
                   {Fri 08:00}, {Fri 08:55}, 1, 4),
                  (2, 'P3M8ZD', 'apt-tok-2', 'SB', '2026-11-20', '14:00', 30, 'pk-4', NULL, 'NO_SHOW', {Fri 08:10},
                   {Fri 14:15}, NULL, 4),
                  (3, 'C9T4WX', 'apt-tok-3', 'HJ', '2026-11-24', '10:30', 30, 'pk-5', NULL, 'BOOKED', {Fri 11:00},
                   {Fri 11:00}, NULL, 4)""", """
                INSERT INTO slot_quotas (service_id, day, slot_start, quota, actor, set_at) VALUES
                  ('HJ', '2026-11-24', '10:30', 6, 'manager', {Fri 11:30})""");
        at(5, """
                INSERT INTO work_orders (id, rating_id, ticket_id, ticket_number, service_id, window_no, clerk, score,
                    comment, status, opened_at, dispatched_on, accept_due, finish_due, extended_days, handler,
                    resolution, accept_overdue, finish_overdue, event, actor, note, changed_at) VALUES
                  (1, 2, 3, 'G001', 'SB', 2, '赵敏', 2, '等了很久，材料清单不清楚', 'ACCEPTED', {Fri 09:40}, '2026-11-20',
                   '2026-11-24', '2026-11-27', 0, '社保科', NULL, 0, 0, 'ACCEPTED', 'manager', '已联系群众', {Fri 15:00})""",
                """
                INSERT INTO work_order_events (work_order_id, event, status, actor, note, at) VALUES
                  (1, 'OPENED', 'OPEN', NULL, NULL, {Fri 09:40}),
                  (1, 'ACCEPTED', 'ACCEPTED', 'manager', '已联系群众', {Fri 15:00})""");
        at(6, """
                INSERT INTO notices (id, kind, key, business_date, at, service_id, window_no, ticket_id, message) VALUES
                  (1, 'OVER_TARGET', 'over-target-2', '2026-11-20', {Fri 09:31}, 'HJ', NULL, 2, 'A002 等候超过 20 分钟'),
                  (2, 'IDLE_WHILE_WAITING', 'idle-6-1', '2026-11-20', {Fri 10:05}, 'HJ', 6, NULL, '6号窗口空闲而有人等候')""");
        at(10, """
                INSERT INTO staff_audit (at, actor, action, target, detail, outcome) VALUES
                  ({Fri 08:50}, 'clerk5', 'LOGIN', NULL, NULL, 1),
                  ({Fri 09:05}, 'clerk5', 'CALL_NEXT', 'window 5', 'A001', 1),
                  ({Fri 10:01}, 'manager', 'VOID', 'A003', '重复取号', 1)""");
        at(11, """
                INSERT INTO wait_samples (business_date, minute, service_id, at, waiting, open_windows, serving_windows,
                    predicted_mean, predicted_p90) VALUES
                  ('2026-11-23', 580, 'HJ', {Mon 09:40}, 1, 1, 1.0, 8.0, 16.5),
                  ('2026-11-23', 581, 'HJ', {Mon 09:41}, 1, 1, 1.0, 7.5, 15.0)""", """
                INSERT INTO ticket_promises (ticket_id, business_date, predicted_mean, predicted_p90) VALUES
                  (7, '2026-11-23', 8.0, 16.5)""");
        at(12, """
                INSERT INTO staff_sessions (token_hash, user_name, credential, started_at, last_seen) VALUES
                  ('9f2c0e', 'clerk5', 'fp-1', {Fri 08:50}, {Fri 16:00})""");
        at(13, """
                INSERT INTO city_outbox (at, day, body) VALUES
                  ({Mon 09:40}, '2026-11-23', '{"type":"TICKET_ISSUED","ticket":7}'),
                  ({Mon 09:41}, '2026-11-23', '{"type":"TICKET_CALLED","ticket":6}')""", """
                INSERT INTO city_link (id, acknowledged, heard_at) VALUES (1, 1, {Mon 09:41})""");
        at(14, """
                INSERT INTO city_supervision (id, message, sent_by, sent_at, answer_due, alert_kind, service_id, status,
                    received_at, acknowledged_by, acknowledged_at, answer, answered_by, answered_at) VALUES
                  (41, '户籍等候过长，请说明原因', 'city-duty', {Fri 10:40}, {Fri 16:00}, 'OVER_TARGET', 'HJ', 'ANSWERED',
                   {Fri 10:40}, 'manager', {Fri 10:45}, '已开备用窗口', 'manager', {Fri 11:00})""");
        at(15, """
                INSERT INTO restores (id, restored_at, archive, backup_at, outbox_highest, resumed_at, outbox_rebased_at)
                  VALUES (1, {Fri 08:30}, 'hallq-backup-yunshan-center-20261119-180000.zip', {Fri 08:00}, 0,
                   {Fri 08:31}, NULL)""", """
                INSERT INTO numbering_floors (business_date, service_id, last_seq) VALUES ('2026-11-20', 'HJ', 0)""");
        at(16, """
                INSERT INTO handovers (receipt, outgoing, token, ticket_id, ticket_number, pickup_ticket_id, status, closed,
                    version, record, changed_at) VALUES
                  ('yunshan-center-20261120-093000', 1, 'tok-handover-fri-1', 1, 'A001', NULL, 'ACCEPTED', 0, 3,
                   '{"receipt":"yunshan-center-20261120-093000","fromHall":"yunshan-center","fromHallName":"云山区政务服务中心",'
                   || '"toHall":"yunshan-city","toHallName":"云山市政务服务中心","serviceId":"GJJ","matterName":"公积金异地转移",'
                   || '"materials":["身份证复印件"],"note":null,"sentAt":"2026-11-20T01:30:00Z",'
                   || '"acceptDue":"2026-11-24T16:00:00Z","resultDue":"2026-12-18T16:00:00Z","steps":['
                   || '{"step":"SENT","at":"2026-11-20T01:30:00Z","hall":"yunshan-center","by":"clerk5","detail":"A001"},'
                   || '{"step":"RECEIVED","at":"2026-11-20T01:31:00Z","hall":"yunshan-city","by":"system","detail":null},'
                   || '{"step":"ACCEPTED","at":"2026-11-20T02:00:00Z","hall":"yunshan-city","by":"clerk","detail":"SL-1"}],'
                   || '"version":3}', {Fri 10:00})""");
        // V17 adds the deadlines a hall has raised its alert for: an incoming handover late to be accepted, noted
        at(17, """
                INSERT INTO handovers (receipt, outgoing, token, ticket_id, ticket_number, pickup_ticket_id, status, closed,
                    version, record, changed_at, overdue) VALUES
                  ('village-3-20261118-150000', 0, NULL, NULL, NULL, NULL, 'RECEIVED', 0, 2,
                   '{"receipt":"village-3-20261118-150000","fromHall":"village-3","fromHallName":"东岭村便民服务站",'
                   || '"toHall":"yunshan-center","toHallName":"云山区政务服务中心","serviceId":"HJ","matterName":"户籍办理",'
                   || '"materials":[],"note":null,"sentAt":"2026-11-18T07:00:00Z",'
                   || '"acceptDue":"2026-11-19T16:00:00Z","resultDue":"2026-12-16T16:00:00Z","steps":['
                   || '{"step":"SENT","at":"2026-11-18T07:00:00Z","hall":"village-3","by":"clerk2","detail":"A004"},'
                   || '{"step":"RECEIVED","at":"2026-11-18T07:01:00Z","hall":"yunshan-center","by":"system","detail":null}],'
                   || '"version":2}', {Fri 09:00}, 'ACCEPT')""");
        // V18 adds how far each 好差评 sink has taken the ratings
        at(18, """
                INSERT INTO rating_exports (sink, last_rating_id, exported_at) VALUES ('file', 1, {Mon 09:45})""");
        // V19 keeps the person a station handed over (the ticket's key), for the kiosk without the hub
        at(19, """
                INSERT INTO handovers (receipt, outgoing, token, ticket_id, ticket_number, pickup_ticket_id, status, closed,
                    version, record, changed_at, person_key) VALUES
                  ('yunshan-center-20261120-100000', 1, 'tok-handover-fri-2', 3, 'G001', NULL, 'RETURNED', 1, 2,
                   '{"receipt":"yunshan-center-20261120-100000","fromHall":"yunshan-center","fromHallName":"云山区政务服务中心",'
                   || '"toHall":"yunshan-city","toHallName":"云山市政务服务中心","serviceId":"SB","matterName":"社保转移",'
                   || '"materials":[],"note":null,"sentAt":"2026-11-20T02:00:00Z",'
                   || '"acceptDue":"2026-11-24T16:00:00Z","resultDue":"2026-12-18T16:00:00Z","steps":['
                   || '{"step":"SENT","at":"2026-11-20T02:00:00Z","hall":"yunshan-center","by":"clerk2","detail":"G001"},'
                   || '{"step":"RETURNED","at":"2026-11-20T03:00:00Z","hall":"yunshan-city","by":"clerk","detail":"材料不全"}],'
                   || '"version":2}', {Fri 11:00}, 'pk-2')""");
    }

    private UpgradeRows() {
    }

    private static void at(int version, String... statements) {
        ROWS.put(version, List.of(statements));
    }

    /** Whether rows are declared for {@code version} (an empty list counts: a migration without records). */
    static boolean declared(int version) {
        return ROWS.containsKey(version);
    }

    /** The statements of the rows introduced at {@code version}, times filled in. */
    static List<String> at(int version) {
        return ROWS.get(version).stream().map(UpgradeRows::times).toList();
    }

    private static String times(String sql) {
        Matcher m = TIME.matcher(sql);
        StringBuilder out = new StringBuilder();
        while (m.find()) {
            LocalDate day = m.group(1).equals("Fri") ? FRIDAY : MONDAY;
            long ms = day.atTime(LocalTime.parse(m.group(2))).atZone(ZONE).toInstant().toEpochMilli();
            m.appendReplacement(out, Long.toString(ms));
        }
        return m.appendTail(out).toString();
    }
}
