package hallq.controller.guide;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import hallq.protocol.config.ServiceGuide;
import hallq.protocol.config.ServiceGuide.TimeLimit;
import java.util.List;
import org.junit.jupiter.api.Test;

class GuidePageTest {
    private static GuideView guide(List<ServiceGuide.Material> materials, List<ServiceGuide.Fee> fees,
                                   List<String> notes) {
        return new GuideView("X", "测试", "Test", "中心", "Centre", List.of(), List.of("09:00-12:00"), "12345", null,
                "http://h/guide/X", "事项", null, "公共服务", "部门", null, List.of("自然人"), List.of("条件"),
                materials, List.of(new ServiceGuide.Step("受理", null, null)), null,
                new TimeLimit(TimeLimit.Unit.ON_THE_SPOT, null, null), 1, fees, List.of(), List.of(), null, notes,
                null);
    }

    @Test
    void textFromConfiguration_isEscaped() {
        String html = GuidePage.render(guide(List.of(new ServiceGuide.Material("<b>证</b>", null, 1, 0, true,
                "a & b")), List.of(), List.of("<script>alert(1)</script>")), GuidePage.Lang.ZH);
        assertFalse(html.contains("<script>"));
        assertTrue(html.contains("&lt;script&gt;alert(1)&lt;/script&gt;"));
        assertTrue(html.contains("1. &lt;b&gt;证&lt;/b&gt;"));
        assertTrue(html.contains("a &amp; b"));
    }

    @Test
    void noFeesAndNoMaterials_saySo() {
        String zh = GuidePage.render(guide(List.of(), List.of(), List.of()), GuidePage.Lang.ZH);
        assertTrue(zh.contains("<p>本事项不收费。</p>"));
        assertTrue(zh.contains("<p>无需提交材料。</p>"));
        assertTrue(zh.contains("<th>法定办结时限</th><td>无法定时限</td>"));
        assertTrue(zh.contains("<th>承诺办结时限</th><td>即办</td>"));
        assertTrue(zh.contains("<th>办理地点</th><td>中心 咨询导办台</td>"));
        String en = GuidePage.render(guide(List.of(), List.of(), List.of()), GuidePage.Lang.EN);
        assertTrue(en.contains("<th>Kind</th><td>public service</td>"));
        assertTrue(en.contains("<th>Who can apply</th><td>individuals</td>"));
        assertTrue(en.contains("<p>This service is free of charge.</p>"));
    }

    @Test
    void fractionalFees_keepTheirFen() {
        String html = GuidePage.render(guide(List.of(), List.of(new ServiceGuide.Fee("工本费", 12.5, "每本", null)),
                List.of()), GuidePage.Lang.ZH);
        assertTrue(html.contains("<td class=\"n\">12.50</td>"));
        assertEquals(1, html.split("<td class=\"n\">").length - 1);
    }
}
