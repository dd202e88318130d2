package hallq.devices.printer;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import hallq.devices.Hex;
import java.util.List;
import org.junit.jupiter.api.Test;

class ReceiptLayoutTest {

    private static ReceiptSlip slip(String qrUrl, List<String> materials) {
        return new ReceiptSlip("站", "收件通知书", List.of(new ReceiptSlip.Field("收件编号", "v-1")), materials,
                List.of("凭本通知书领取"), qrUrl, "扫码查看办理进度", "12345");
    }

    @Test
    void render_minimalReceipt_givesExactJob() {
        byte[] job = new ReceiptLayout(4).render(slip(null, List.of()));

        String expected = String.join(" ",
                "1B 40 1C 26 1B 61 01",                                   // init, Chinese mode, centre
                "1B 45 01", Hex.of("站".getBytes(EscPosWriter.GB18030)), "0A 1B 45 00",
                "1D 21 11", Hex.of("收件通知书".getBytes(EscPosWriter.GB18030)), "0A 1D 21 00 0A", // 2x2 title
                "1B 61 00", Hex.of("收件编号：v-1".getBytes(EscPosWriter.GB18030)), "0A",         // left, a fact
                "0A", Hex.of("凭本通知书领取".getBytes(EscPosWriter.GB18030)), "0A",                // a note
                "1B 61 01 31 32 33 34 35 0A",                              // centre, hotline (no QR code)
                "1C 2E 1B 64 03 1D 56 01");                               // leave Chinese mode, feed 3, partial cut
        assertEquals(expected, Hex.of(job));
    }

    @Test
    void render_materialsAndQr_areNumberedAndPrinted() {
        byte[] job = ReceiptLayout.standard().render(slip("http://hall/h/t", List.of("身份证复印件", "申请表")));
        String text = new String(job, EscPosWriter.GB18030);

        assertTrue(text.contains("已收材料：\n"));
        assertTrue(text.contains("1. 身份证复印件\n2. 申请表\n"));
        assertTrue(text.contains("http://hall/h/t"), "the QR code's data");
        assertTrue(text.contains("扫码查看办理进度\n"));
    }

    @Test
    void render_noMaterials_leavesTheHeadingOff() {
        assertFalse(new String(ReceiptLayout.standard().render(slip(null, List.of())), EscPosWriter.GB18030)
                .contains("已收材料"));
    }

    @Test
    void wrap_breaksAtTheColumns_aChineseCharacterTakingTwo() {
        assertEquals(List.of("本".repeat(24), "本"), ReceiptLayout.wrap("本".repeat(25), 48));
        assertEquals(List.of("a".repeat(48), "本b"), ReceiptLayout.wrap("a".repeat(48) + "本b", 48));
        assertEquals(List.of("x".repeat(47), "本"), ReceiptLayout.wrap("x".repeat(47) + "本", 48));
        assertEquals(List.of(""), ReceiptLayout.wrap("", 48));
        assertEquals(List.of("本".repeat(23), "本。后"), ReceiptLayout.wrap("本".repeat(24) + "。后", 48),
                "closing punctuation takes the character before it to the next line");
    }

    @Test
    void slip_badText_isRefusedWithTheReason() {
        IllegalArgumentException hotline = assertThrows(IllegalArgumentException.class, () -> new ReceiptSlip("站",
                "收件通知书", List.of(), List.of(), List.of(), null, null, "热线"));
        assertTrue(hotline.getMessage().contains("12345"));
        IllegalArgumentException control = assertThrows(IllegalArgumentException.class,
                () -> slip(null, List.of("身份证\u001B@")));
        assertTrue(control.getMessage().contains("control character"), control.getMessage());
        assertThrows(IllegalArgumentException.class, () -> slip(null, List.of("")));
        assertThrows(IllegalArgumentException.class, () -> slip("x".repeat(600), List.of()));
        assertThrows(IllegalArgumentException.class, () -> new ReceiptSlip.Field("", "v"));
    }
}
