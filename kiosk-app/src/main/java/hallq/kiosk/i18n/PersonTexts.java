package hallq.kiosk.i18n;

import hallq.protocol.rest.PersonDayView;
import hallq.protocol.rest.PersonDayView.Item;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.format.TextStyle;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.stream.Stream;

/**
 * The notice a citizen sees after their ID card is read: one line per appointment (soonest first)
 * and then per handover (代办转报) still open, at this hall (本厅) or another of the city's. Names
 * only halls and matters, never the person. Nothing when there is nothing to say.
 */
public final class PersonTexts {

    private static final Comparator<Item> SOONEST = Comparator.comparing(Item::date,
            Comparator.nullsLast(Comparator.naturalOrder())).thenComparing(Item::time,
            Comparator.nullsLast(Comparator.naturalOrder()));

    private PersonTexts() {
    }

    /** The lines for {@code day}, seen on {@code today} (the hall's date). */
    public static List<Text> lines(PersonDayView day, LocalDate today) {
        Stream<Text> appointments = day.items().stream().filter(i -> Item.APPOINTMENT.equals(i.kind()))
                .sorted(SOONEST).map(i -> appointment(i, today));
        Stream<Text> handovers = day.items().stream().filter(i -> Item.HANDOVER.equals(i.kind()))
                .map(PersonTexts::handover);
        return Stream.concat(appointments, handovers).filter(Objects::nonNull).toList();
    }

    /** 您在本厅有 10:30 的预约，请点击“预约签到” / 您在白云街道便民服务中心有 12月8日 10:30 的预约. */
    static Text appointment(Item i, LocalDate today) {
        if (i.time() == null || i.date() == null) {
            return null;
        }
        boolean onToday = i.date().equals(today);
        String zhWhen = (onToday ? "" : i.date().getMonthValue() + "月" + i.date().getDayOfMonth() + "日 ") + hm(i.time());
        String enWhen = "at " + hm(i.time()) + (onToday ? "" : " on " + i.date().getDayOfMonth() + " "
                + i.date().getMonth().getDisplayName(TextStyle.FULL, Locale.ENGLISH));
        String zhWhere = i.here() ? "本厅" : i.hallName();
        String enWhere = i.here() ? "here" : "at " + i.hallName();
        if ("CHECKED_IN".equals(i.status())) {
            return Text.of("您在" + zhWhere + " " + zhWhen + " 的预约已签到",
                    "Your appointment " + enWhen + " " + enWhere + " is checked in");
        }
        if (!"BOOKED".equals(i.status())) {
            return null;
        }
        boolean checkInNow = i.here() && onToday;
        return Text.of("您在" + zhWhere + "有 " + zhWhen + " 的预约" + (checkInNow ? "，请点击“预约签到”" : ""),
                "You have an appointment " + enWhen + " " + enWhere
                        + (checkInNow ? ": press \"" + Texts.CHECK_IN.en() + "\"" : ""));
    }

    /** 您的代办事项「营业执照变更」结果已出，可领取; nothing for one already picked up. */
    static Text handover(Item i) {
        Text status = switch (i.status() == null ? "" : i.status()) {
            case "SENT" -> Text.of("已转报，正在送往办理地", "has been sent on to be handled");
            case "RECEIVED" -> Text.of("已送达办理地，等待受理", "has arrived and is waiting to be accepted");
            case "ACCEPTED" -> Text.of("已受理", "has been accepted");
            case "RETURNED" -> Text.of("已退回，请咨询工作人员", "was sent back; please ask staff");
            case "RESULT_READY" -> i.here() ? Text.of("结果已出，可在本厅领取", "is ready to pick up here")
                    : Text.of("结果已出，可领取", "is ready to pick up");
            default -> null;
        };
        if (status == null) {
            return null;
        }
        String matter = i.matterName() == null || i.matterName().isBlank() ? "" : i.matterName();
        return Text.of("您的代办事项" + (matter.isEmpty() ? "" : "「" + matter + "」") + status.zh(),
                "Your handover" + (matter.isEmpty() ? "" : " \"" + matter + "\"") + " " + status.en());
    }

    private static String hm(LocalTime t) {
        return String.format("%02d:%02d", t.getHour(), t.getMinute());
    }
}
