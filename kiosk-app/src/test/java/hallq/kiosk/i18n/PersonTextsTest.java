package hallq.kiosk.i18n;

import static org.junit.jupiter.api.Assertions.assertEquals;

import hallq.protocol.rest.PersonDayView;
import hallq.protocol.rest.PersonDayView.Item;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The card holder's notice in words: 本厅 or the hall's name, the date when not today, handovers after appointments. */
class PersonTextsTest {

    static final LocalDate TODAY = LocalDate.of(2026, 12, 4);
    static final String BAIYUN = "白云街道便民服务中心";

    static Item appointment(boolean here, LocalDate date, int hour, int minute, String status) {
        return new Item(Item.APPOINTMENT, here ? "tianhe" : "baiyun", here ? "天河政务中心" : BAIYUN, here, "SB", date,
                LocalTime.of(hour, minute), status, null, null);
    }

    static Item handover(boolean here, String status, String matter) {
        return new Item(Item.HANDOVER, "baiyun", BAIYUN, here, null, TODAY.minusDays(3), null, status, "SL-1", matter);
    }

    static List<Text> lines(Item... items) {
        return PersonTexts.lines(new PersonDayView(List.of(items), true), TODAY);
    }

    @Test
    void otherHallToday_namesTheHall_inBothLanguages() {
        assertEquals(List.of(Text.of("您在白云街道便民服务中心有 10:30 的预约",
                "You have an appointment at 10:30 at 白云街道便民服务中心")),
                lines(appointment(false, TODAY, 10, 30, "BOOKED")));
    }

    @Test
    void hereToday_says本厅_andPointsToCheckIn() {
        assertEquals(List.of(Text.of("您在本厅有 09:05 的预约，请点击“预约签到”",
                "You have an appointment at 09:05 here: press \"Appointment check-in\"")),
                lines(appointment(true, TODAY, 9, 5, "BOOKED")));
    }

    @Test
    void notToday_showsTheDate_andNoCheckInHint() {
        assertEquals(List.of(Text.of("您在本厅有 12月8日 14:00 的预约",
                "You have an appointment at 14:00 on 8 December here")),
                lines(appointment(true, LocalDate.of(2026, 12, 8), 14, 0, "BOOKED")));
    }

    @Test
    void checkedIn_saysSo() {
        assertEquals(List.of(Text.of("您在本厅 10:30 的预约已签到", "Your appointment at 10:30 here is checked in")),
                lines(appointment(true, TODAY, 10, 30, "CHECKED_IN")));
    }

    @Test
    void handoverStatuses_inPlainWords_pickedUpLeftOut() {
        assertEquals(List.of(
                Text.of("您的代办事项「营业执照变更」已受理", "Your handover \"营业执照变更\" has been accepted"),
                Text.of("您的代办事项「社保转移」结果已出，可在本厅领取",
                        "Your handover \"社保转移\" is ready to pick up here"),
                Text.of("您的代办事项「户口迁移」结果已出，可领取",
                        "Your handover \"户口迁移\" is ready to pick up"),
                Text.of("您的代办事项「公积金提取」已退回，请咨询工作人员",
                        "Your handover \"公积金提取\" was sent back; please ask staff")),
                lines(handover(false, "ACCEPTED", "营业执照变更"), handover(true, "RESULT_READY", "社保转移"),
                        handover(false, "RESULT_READY", "户口迁移"), handover(false, "PICKED_UP", "护照"),
                        handover(false, "RETURNED", "公积金提取")));
    }

    @Test
    void appointmentsFirst_soonestFirst_thenHandovers() {
        List<Text> lines = lines(handover(false, "SENT", "护照"), appointment(false, TODAY.plusDays(1), 9, 0, "BOOKED"),
                appointment(true, TODAY, 15, 0, "BOOKED"));
        assertEquals(List.of("您在本厅有 15:00 的预约，请点击“预约签到”", "您在白云街道便民服务中心有 12月5日 09:00 的预约",
                "您的代办事项「护照」已转报，正在送往办理地"), lines.stream().map(Text::zh).toList());
    }

    @Test
    void nothingToSay_noLines() {
        assertEquals(List.of(), PersonTexts.lines(new PersonDayView(List.of(), false), TODAY));
        assertEquals(List.of(), lines(appointment(false, TODAY, 10, 0, "CANCELLED"), handover(true, "PICKED_UP", "护照")));
    }
}
