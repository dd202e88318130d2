package hallq.devices.printer;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import hallq.devices.Hex;
import java.util.List;
import org.junit.jupiter.api.Test;

class TicketLayoutTest {

    private static TicketSlip slip(String zone, String wait, List<String> footer) {
        return new TicketSlip("厅", "A1", "户籍", 0, wait, "09:00", zone, "u", "12345", footer);
    }

    @Test
    void render_minimalSlip_givesExactJob() {
        byte[] job = new TicketLayout(4, QrErrorLevel.L).render(slip("", "", List.of()));

        String expected = String.join(" ",
                "1B 40 1C 26 1B 61 01",                     // init, Chinese mode, centre
                "1B 45 01 CC FC 0A 1B 45 00",               // bold hall name 厅
                "0A",                                       // blank line (no zone)
                "1D 21 22 41 31 0A 1D 21 00",               // ticket number at 3x3
                "1B 45 01 BB A7 BC AE 0A 1B 45 00",         // bold service 户籍
                Hex.of("您前面还有 0 人等候".getBytes(EscPosWriter.GB18030)), "0A",
                Hex.of("取号时间：09:00".getBytes(EscPosWriter.GB18030)), "0A",
                "0A",
                "1D 28 6B 04 00 31 41 32 00 1D 28 6B 03 00 31 43 04 1D 28 6B 03 00 31 45 30",
                "1D 28 6B 04 00 31 50 30 75 1D 28 6B 03 00 31 51 30 0A", // QR "u"
                Hex.of("扫码查看排队进度".getBytes(EscPosWriter.GB18030)), "0A",
                "31 32 33 34 35 0A",                        // hotline
                "1C 2E 1B 64 03 1D 56 01");                 // leave Chinese mode, feed 3, partial cut
        assertEquals(expected, Hex.of(job));
    }

    @Test
    void render_optionalFields_areIncludedWhenPresent() {
        String job = new String(TicketLayout.standard().render(slip("便民服务区", "约 5 分钟", List.of("谢谢"))),
                EscPosWriter.GB18030);

        assertTrue(job.contains("办理区域：便民服务区"));
        assertTrue(job.contains("预计等候：约 5 分钟"));
        assertTrue(job.contains("谢谢\n"));
    }

    @Test
    void slip_withoutHotline_isRefused() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> new TicketSlip("厅", "A1", "户籍", 0, "", "09:00", "", "u", "请拨打热线", List.of()));
        assertTrue(e.getMessage().contains("12345"));
    }

    @Test
    void slip_withControlCharacter_isRefused() {
        assertThrows(IllegalArgumentException.class,
                () -> new TicketSlip("厅\u001D", "A1", "户籍", 0, "", "09:00", "", "u", "12345", List.of()));
    }

    @Test
    void slip_negativePeopleAhead_isRefused() {
        assertThrows(IllegalArgumentException.class,
                () -> new TicketSlip("厅", "A1", "户籍", -1, "", "09:00", "", "u", "12345", List.of()));
    }
}
