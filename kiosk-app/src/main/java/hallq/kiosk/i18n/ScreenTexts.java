package hallq.kiosk.i18n;

import java.time.DayOfWeek;
import java.time.LocalDateTime;

/** Texts of the lobby layout: the header clock, the entries, the ticket screen and what to do on a fault. */
public final class ScreenTexts {

    public static final Text GREEN_CHANNEL = Text.of("爱心通道", "Priority lane");
    public static final Text GREEN_CHANNEL_WHO = Text.of("老年人 · 残疾人 · 孕妇", "Elderly · disabled · pregnant");
    public static final Text GREEN_CHANNEL_CHOOSE = Text.of("爱心通道：请选择事项，优先叫号",
            "Priority lane: choose a service");
    public static final Text GREEN_CHANNEL_CANCEL = Text.of("取消爱心通道", "Leave priority lane");
    public static final Text CHECK_IN_WHO = Text.of("已预约的市民", "Booked an appointment");
    public static final Text PUT_CARD = Text.of("请将身份证放在读卡区", "Please place your ID card on the reader");
    public static final Text PUT_CARD_WHY = Text.of("办理此事项需读取身份证", "This service needs your ID card");
    public static final Text SCAN_PROGRESS = Text.of("扫码查看排队进度", "Scan to follow your place in the queue");
    public static final Text HOTLINE = Text.of("政务服务便民热线 12345", "Government service hotline 12345");
    public static final Text TOUCH_HINT = Text.of("请触摸屏幕选择 · 如需帮助请按“呼叫帮助”",
            "Touch to choose · need help? Press \"Call for help\"");
    public static final Text PAPER_OUT_HEADING = Text.of("本机打印纸已用完", "This kiosk has run out of paper");
    public static final Text PAPER_OUT_ADVICE = Text.of("工作人员已收到提醒，正在更换纸卷。请到其他取号机取号，或到服务台咨询。",
            "Staff have been alerted and are refilling it. Please use another kiosk or ask at the service desk.");
    public static final Text PRINTER_ADVICE = Text.of("本机打印机暂不可用，工作人员已收到提醒。请到其他取号机取号，或到服务台咨询。",
            "This kiosk's printer is not working; staff have been alerted. Please use another kiosk or ask at the service desk.");
    public static final Text CONTROLLER_ADVICE = Text.of("系统连接中断，本机正在自动重连，恢复后即可取号。请稍候，或到服务台咨询。",
            "The queue system cannot be reached; the kiosk keeps trying and will take tickets again once it is back. "
                    + "Please wait a moment or ask at the service desk.");
    public static final Text DAILY_CAP_HEADING = Text.of("今日该事项号已取完", "Today's tickets for this service are all taken");
    public static final Text DAILY_CAP_ADVICE = Text.of("您可以：预约明日办理（网上预约或拨打 12345）；到服务台咨询是否可网上办理；或选择其他事项。",
            "You can: book for tomorrow (online or call 12345); ask at the service desk whether it can be done online; "
                    + "or choose another service.");
    public static final Text SCAN_PROGRESS_WHY = Text.of("用手机扫一扫，随时查看前面还有几人",
            "Scan with your phone to see how many are ahead at any time");
    public static final Text NEXT_WATCH = Text.of("请留意叫号屏和语音广播", "Watch the call screens and listen for your number");
    public static final Text NEXT_WINDOW = Text.of("叫到您的号码时，请到屏幕显示的窗口办理",
            "When your number is called, go to the window the screen shows");
    public static final Text WORKING_HINT = Text.of("号票打印后，请从出票口取走", "Please take your ticket from the slot once it is printed");
    public static final Text YOU_CAN = Text.of("您可以", "You can");
    public static final Text HELP_STAFF = Text.of("请工作人员协助", "Ask staff for help");
    public static final Text HELP_STAFF_HOW = Text.of("按下按钮，工作人员会到本机旁协助您", "Press the button and staff will come to this kiosk");
    public static final Text CALL_STAFF = Text.of("呼叫工作人员", "Call staff");
    public static final Text HELP_DESK = Text.of("到服务台（咨询导办）咨询", "Ask at the service desk");
    public static final Text HELP_DESK_HOW = Text.of("为您解答办理问题，说明其他办理方式", "Staff there answer questions and explain other ways to apply");
    public static final Text HELP_HOTLINE = Text.of("拨打 12345 便民热线", "Call the 12345 hotline");
    public static final Text HELP_HOTLINE_HOW = Text.of("电话咨询，或预约其他时间办理", "Ask by phone, or book another time");
    public static final Text ASK_DESK = Text.of("如有疑问，请到服务台（咨询导办）咨询。", "If in doubt, please ask at the service desk.");

    private static final String[] WEEKDAYS_ZH = {"一", "二", "三", "四", "五", "六", "日"};

    private ScreenTexts() {
    }

    /** 2026年3月16日 星期一 / Monday 16 March 2026. */
    public static Text date(LocalDateTime t) {
        DayOfWeek d = t.getDayOfWeek();
        String en = d.getDisplayName(java.time.format.TextStyle.FULL, java.util.Locale.ENGLISH);
        String month = t.getMonth().getDisplayName(java.time.format.TextStyle.FULL, java.util.Locale.ENGLISH);
        return Text.of(t.getYear() + "年" + t.getMonthValue() + "月" + t.getDayOfMonth() + "日 星期" + WEEKDAYS_ZH[d.getValue() - 1],
                en + " " + t.getDayOfMonth() + " " + month + " " + t.getYear());
    }

    public static Text time(LocalDateTime t) {
        String hm = String.format("%02d:%02d", t.getHour(), t.getMinute());
        return Text.of(hm, hm);
    }

    public static Text waitIn(Text area) {
        return Text.of("请到 " + area.zh() + " 等候叫号", "Please wait in the " + area.en());
    }

    public static Text peopleAhead(int n) {
        return Text.of("您前面还有 " + n + " 人等候", n + " people ahead of you");
    }

    public static Text countdown(long seconds) {
        return Text.of(seconds + " 秒后自动返回首页", "Back to the start in " + seconds + " s");
    }
}
