package hallq.board.render;

import hallq.board.core.Health;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.TextStyle;
import java.util.Locale;

/** Wording shared by every board: Chinese first, English second. */
public final class Texts {
    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("yyyy年M月d日");
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("HH:mm:ss");

    private Texts() {
    }

    public static String clock(Instant now, ZoneId zone) {
        ZonedDateTime t = now.atZone(zone);
        return DATE.format(t) + " " + t.getDayOfWeek().getDisplayName(TextStyle.FULL, Locale.CHINA) + " " + TIME.format(t);
    }

    /** The banner replacing numbers that cannot be trusted, or null when the board is live. */
    public static String banner(Health health) {
        return switch (health) {
            case LIVE -> null;
            case WAITING -> "正在连接叫号系统…\nConnecting";
            case AWAITING_CONTROLLER -> "已连接，等待叫号系统数据…\nConnected, waiting for the queue system";
            case CONNECTION_LOST -> "连接中断 · 正在恢复\nConnection lost, reconnecting";
        };
    }

    /** A predicted wait; null means no open window serves the service now. */
    public static String minutes(Double minutes) {
        if (minutes == null) {
            return "暂无窗口办理";
        }
        if (minutes < 1) {
            return "无需等候";
        }
        return "约" + Math.round(minutes) + "分钟";
    }
}
