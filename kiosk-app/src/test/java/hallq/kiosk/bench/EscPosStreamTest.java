package hallq.kiosk.bench;

import static org.junit.jupiter.api.Assertions.assertEquals;

import hallq.devices.printer.EscPos;
import hallq.devices.printer.TicketLayout;
import hallq.devices.printer.TicketSlip;
import java.io.ByteArrayOutputStream;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The bench printer's reader finds status requests and the cut in a real ticket job, and nothing else. */
class EscPosStreamTest {

    private static final byte[] STATUS = {EscPos.DLE, EscPos.EOT, 1};

    @Test
    void ticketJobBetweenStatusRequests_oneCutAtTheEnd_jobBytesCounted() {
        // a 26-byte URL makes the QR store command's length byte 29 = GS, which must not be read as a command
        TicketSlip slip = new TicketSlip("云山区政务服务中心", "A001", "户籍办理", 3, "约 8 分钟", "2025-03-03 10:00",
                "行政许可区", "http://h.cn/t/abcdefghijkl", "政务服务便民热线 12345", List.of("【绿色通道】"));
        assertEquals(26, slip.qrUrl().length());
        byte[] job = TicketLayout.standard().render(slip);
        ByteArrayOutputStream wire = new ByteArrayOutputStream();
        wire.writeBytes(STATUS);
        wire.writeBytes(job);
        wire.writeBytes(STATUS);
        wire.writeBytes(STATUS);

        EscPosStream stream = new EscPosStream();
        List<String> events = new ArrayList<>();
        long jobBytes = -1;
        byte[] bytes = wire.toByteArray();
        for (int i = 0; i < bytes.length; i++) {
            EscPosStream.Event e = stream.feed(bytes[i] & 0xFF);
            if (e != EscPosStream.Event.NONE) {
                events.add(e + "@" + i);
            }
            if (e == EscPosStream.Event.CUT) {
                jobBytes = stream.jobBytes();
            }
        }
        int cutAt = STATUS.length + job.length - 1;
        assertEquals(List.of("STATUS_REQUEST@2", "CUT@" + cutAt, "STATUS_REQUEST@" + (cutAt + 3),
                "STATUS_REQUEST@" + (cutAt + 6)), events);
        assertEquals(job.length, jobBytes);
    }
}
