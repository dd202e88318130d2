package hallq.kiosk.i18n;

import hallq.protocol.Priority;
import hallq.protocol.Zone;
import hallq.protocol.rest.Problem;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Fixed screen texts, and plain-language versions of the controller's problem codes. */
public final class Texts {

    public static final Text PAUSED = Text.of("暂停取号", "Ticketing paused");
    public static final Text CONTROLLER_DOWN = Text.of("暂停取号，请稍候", "Ticketing paused, please wait a moment");
    public static final Text CONTROLLER_DOWN_DETAIL = Text.of("系统连接中断，未打印任何号票。请稍候再试或咨询工作人员。",
            "The queue system cannot be reached; nothing was printed. Please try again shortly or ask staff.");
    public static final Text PRINTER_DOWN_DETAIL = Text.of("取号机打印机暂不可用，请到其他取号机取号或咨询工作人员。",
            "This kiosk's printer is not available; please use another kiosk or ask staff.");
    public static final Text PRINT_FAILED = Text.of("号票未能打印，您的号码仍然有效",
            "The ticket could not be printed, but your number is valid");
    public static final Text PRINT_FAILED_DETAIL = Text.of("请拍下二维码或记下号码，留意叫号，无需重新取号。工作人员已收到提醒。",
            "Please photograph the QR code or note the number and wait for your call; no need to take another. Staff have been alerted.");
    public static final Text GIVE_UP_QUESTION = Text.of("确定不要此号？放弃后此号不会被叫到。",
            "Give up this number? It will not be called.");
    public static final Text WORKING_GIVE_UP = Text.of("正在取消此号，请稍候…", "Cancelling the number…");
    public static final Text GIVEN_UP = Text.of("此号已取消", "The number has been cancelled");
    public static final Text GIVE_UP_QUEUED = Text.of("系统恢复连接后将自动取消此号。",
            "It will be cancelled as soon as the queue system is reachable again.");
    public static final Text GIVE_UP_REFUSED = Text.of("此号未能取消", "The number could not be cancelled");
    public static final Text GIVE_UP_REFUSED_DETAIL = Text.of("此号可能已被叫到，请咨询工作人员。",
            "It may already have been called; please ask staff.");
    public static final Text PRINTED = Text.of("取号成功，请取走号票", "Please take your ticket");
    public static final Text WORKING = Text.of("正在出票，请稍候…", "Printing your ticket…");
    public static final Text WORKING_CHECK_IN = Text.of("正在签到，请稍候…", "Checking you in…");
    public static final Text NO_TICKET = Text.of("未能取号", "No ticket was issued");
    public static final Text NO_CHECK_IN = Text.of("未能签到", "Check-in was not possible");
    public static final Text CHECK_IN = Text.of("预约签到", "Appointment check-in");
    public static final Text CHECK_IN_PROMPT = Text.of("请输入或扫描预约码，或将身份证放在读卡区",
            "Type or scan your appointment code, or place your ID card on the reader");
    public static final Text CARD_READ = Text.of("已读取身份证", "ID card read");
    public static final Text PERSON_LIMIT = Text.of("您今日办理该事项的取号次数已达上限，请改日再来或网上预约。",
            "You have reached today's ticket limit for this service; please come another day or book online.");
    public static final Text ID_UNREADABLE = Text.of("身份证信息无法识别，请重新读卡或咨询工作人员。",
            "The ID card could not be read; please try again or ask staff.");
    public static final Text HELP_RAISED = Text.of("已通知工作人员，请稍候", "Staff have been called, please wait");
    public static final Text CHOOSE_SERVICE = Text.of("请选择办理事项", "Please choose a service");
    public static final Text CHOOSE_PRIORITY = Text.of("请选择取号方式", "How would you like to queue?");
    public static final Text NOT_ACCEPTING = Text.of("暂停取号", "Not taking tickets");
    /** The service's daily cap (409 {@code LIMIT}): its own friendly screen (预约明日, 咨询服务台). */
    public static final Text LIMIT = Text.of("今日该事项取号已达上限，请改日办理或网上预约。",
            "Today's tickets for this service are all taken; please come another day or book online.");
    public static final Text UNKNOWN_WAIT = Text.of("暂无窗口", "No window open");

    private Texts() {
    }

    public static Text zone(Zone zone) {
        return switch (zone) {
            case LICENSING -> Text.of("行政许可区", "Licensing zone");
            case CONVENIENCE -> Text.of("便民服务区", "Convenience services zone");
            case COMPREHENSIVE -> Text.of("综合", "General");
        };
    }

    public static Text priority(Priority priority) {
        return switch (priority) {
            case GREEN_CHANNEL -> Text.of("绿色通道（老年人、残疾人、孕妇）", "Priority lane (elderly, disabled, pregnant)");
            case URGENT -> Text.of("急事急办", "Urgent matter");
            case APPOINTMENT -> Text.of("预约", "Appointment");
            case NORMAL -> Text.of("普通取号", "Standard ticket");
        };
    }

    public static Text waiting(int waiting) {
        return Text.of("等候 " + waiting + " 人", waiting + " waiting");
    }

    public static Text predictedWait(Double minutes) {
        if (minutes == null) {
            return UNKNOWN_WAIT;
        }
        if (minutes < 1) { // as the hall screen says it (PredictedWaitIT)
            return Text.of("无需等候", "no wait");
        }
        long m = Math.round(minutes);
        return Text.of("预计等候约 " + m + " 分钟", "about " + m + " min wait");
    }

    /**
     * The controller's problem with an issue in plain words; its own message is kept in English
     * for staff. With an ID card attached, a cap may be the citizen's own daily limit.
     */
    public static Text problem(Problem p, boolean withIdCard) {
        String code = p.code() == null ? "" : p.code();
        if (code.equals("PERSON_LIMIT")) {
            return PERSON_LIMIT;
        }
        if (withIdCard && code.equals("INVALID") && p.message() != null && p.message().contains("idNumber")) {
            return ID_UNREADABLE;
        }
        return switch (code) {
            case "LIMIT" -> LIMIT;
            case "CLOSED" -> Text.of("当前不在取号时间，请在办公时间内取号。",
                    "Tickets are only issued during opening hours.");
            case "NOT_FOUND" -> Text.of("该事项暂不可办理，请咨询工作人员。",
                    "This service is not available; please ask staff.");
            case "STORAGE", "UNAVAILABLE" -> CONTROLLER_DOWN_DETAIL;
            case "DEVICE_UNAUTHENTICATED" -> KIOSK_NOT_ADMITTED;
            default -> Text.of("暂时无法取号，请咨询工作人员。", "A ticket cannot be issued now; please ask staff.");
        };
    }

    /** The controller does not accept this kiosk's login: nothing a citizen can fix, so send them elsewhere. */
    public static final Text KIOSK_NOT_ADMITTED = Text.of("本机暂停服务，请使用其他取号机或咨询工作人员。",
            "This kiosk is out of service; please use another kiosk or ask staff.");

    /** The controller's problem with an appointment check-in, in plain words. */
    /** Why a pickup by a scanned 收件通知书 was refused, in plain words. */
    public static Text pickupProblem(Problem p) {
        return "CONFLICT".equals(p.code())
                ? Text.of("办理结果暂不能在本站领取（尚未送达、已邮寄或已领取），请咨询工作人员。",
                        "The result cannot be picked up here now (not back yet, sent by post, or already taken); please ask staff.")
                : Text.of("未找到这张收件通知书对应的转报件，请咨询工作人员。",
                        "No handover was found for this receipt; please ask staff.");
    }

    public static Text checkInProblem(Problem p) {
        String code = p.code() == null ? "" : p.code();
        return switch (code) {
            case "NOT_FOUND" -> Text.of("未找到您今天的预约，请核对预约码或咨询工作人员。",
                    "No appointment for today was found; please check the code or ask staff.");
            case "TOO_EARLY" -> at(p.message(), "opens at").map(t -> Text.of("还未到签到时间，请于 " + t + " 后签到。",
                    "It is too early to check in; check-in opens at " + t + "."))
                    .orElse(Text.of("还未到签到时间，请在预约时段临近时再签到。",
                            "It is too early to check in; please come back closer to your appointment time."));
            case "TOO_LATE" -> Text.of("已超过预约签到时间" + at(p.message(), "closed at").map(t -> "（" + t + "）").orElse("")
                    + "，请按普通方式取号或咨询工作人员。", "The check-in time for your appointment has passed"
                    + at(p.message(), "closed at").map(t -> " (" + t + ")").orElse("")
                    + "; please take a standard ticket or ask staff.");
            case "CONFLICT" -> Text.of("该预约已签到取号，请使用已取的号票，如有疑问请咨询工作人员。",
                    "This appointment is already checked in; please use the ticket you were given, or ask staff.");
            case "INVALID" -> Text.of("预约码或身份证信息无效，请核对后重试。",
                    "The appointment code or ID card is not valid; please check and try again.");
            case "STORAGE", "UNAVAILABLE" -> CONTROLLER_DOWN_DETAIL;
            case "DEVICE_UNAUTHENTICATED" -> KIOSK_NOT_ADMITTED;
            default -> Text.of("暂时无法签到，请咨询工作人员。", "Check-in is not possible now; please ask staff.");
        };
    }

    /** The HH:mm after {@code words} in the controller's message ("check-in ... opens at 10:00"), if any. */
    private static Optional<String> at(String message, String words) {
        Matcher m = Pattern.compile(Pattern.quote(words) + " (\\d{1,2}:\\d{2})").matcher(message == null ? "" : message);
        return m.find() ? Optional.of(m.group(1)) : Optional.empty();
    }

    /** The controller's closed reason, which it writes in English for staff, for citizens. */
    public static Text closedReason(String reason) {
        if (reason == null) {
            return NOT_ACCEPTING;
        }
        if (reason.contains("opening hours")) {
            return Text.of("非取号时间", "Outside opening hours");
        }
        if (reason.contains("all issued")) {
            return Text.of("今日号已取完", "All of today's tickets are taken");
        }
        return Text.of("暂停取号", reason);
    }
}
