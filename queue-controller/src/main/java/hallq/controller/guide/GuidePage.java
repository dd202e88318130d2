package hallq.controller.guide;

import hallq.protocol.config.ServiceGuide;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The printable guide page and 一次性告知 checklist: plain HTML, every style inline, nothing loaded
 * from elsewhere, A4 print layout. Chinese by default; English labels and names with
 * {@link Lang#EN} (the official content stays in Chinese, as the page says).
 */
public final class GuidePage {
    public enum Lang { ZH, EN }

    private final Lang lang;
    private final StringBuilder html = new StringBuilder(16_384);

    private GuidePage(Lang lang) {
        this.lang = lang;
    }

    public static String render(GuideView g, Lang lang) {
        return new GuidePage(lang).page(g);
    }

    /** A small page for a service without a guide. */
    public static String notFound(String serviceId, Lang lang) {
        GuidePage p = new GuidePage(lang);
        p.head(p.t("未找到办事指南", "Guide not found"));
        p.html.append("<main><h1>").append(p.t("未找到办事指南", "Guide not found")).append("</h1><p>")
                .append(p.t("没有事项“" + esc(serviceId) + "”的办事指南，请到咨询导办台咨询。",
                        "There is no guide for service '" + esc(serviceId) + "'. Please ask at the guide desk."))
                .append("</p></main></body></html>");
        return p.html.toString();
    }

    private String page(GuideView g) {
        head(g.matter() + " — " + t("办事指南", "Service guide") + " — " + t(g.hall(), g.hallEn()));
        html.append("<header><p class=\"hall\">").append(esc(t(g.hall(), g.hallEn()))).append("</p>")
                .append("<h1>").append(esc(t(g.matter(), en(g.matterEn(), g.matter())))).append("</h1>")
                .append("<p class=\"sub\">").append(esc(t(g.service(), g.serviceEn()))).append(" · ")
                .append(t("办事指南 · 一次性告知单", "Service guide · one-time checklist")).append("</p>")
                .append("<nav class=\"no-print\"><a href=\"?lang=").append(lang == Lang.ZH ? "en\">English" : "zh\">中文")
                .append("</a> <button type=\"button\" onclick=\"window.print()\">").append(t("打印", "Print"))
                .append("</button></nav></header><main>");
        if (lang == Lang.EN) {
            html.append("<p class=\"note\">The conditions, notes and legal texts below are the official Chinese "
                    + "text. Staff at the guide desk (咨询导办台) will help you.</p>");
        }
        facts(g);
        list(t("受理条件", "Conditions"), g.conditions(), "ul");
        materials(g.materials());
        steps(g.steps());
        fees(g.fees());
        list(t("结果领取", "Getting the result"), g.pickup(), "ul");
        list(t("设定依据", "Legal basis"), g.legalBasis(), "ul");
        list(t("温馨提示", "Good to know"), g.notes(), "ul");
        html.append("<section class=\"sign\"><p>").append(t(
                "以上材料已一次性告知。经办人：________　窗口：________　日期：____年__月__日",
                "All required materials are listed above (一次性告知). Clerk: ________  Window: ________  "
                        + "Date: ____________")).append("</p></section></main><footer><p>")
                .append(t("政务服务便民热线 ", "Government hotline ")).append(esc(g.hotline()));
        if (g.complaintPhone() != null) {
            html.append(t("　投诉电话 ", " · Complaints ")).append(esc(g.complaintPhone()));
        }
        if (g.updated() != null) {
            html.append(t("　更新日期 ", " · Updated ")).append(g.updated());
        }
        html.append("</p><p class=\"url\">").append(esc(g.page())).append("</p></footer></body></html>");
        return html.toString();
    }

    private void facts(GuideView g) {
        html.append("<table class=\"facts\">");
        row(t("事项类型", "Kind"), term(g.kind()));
        row(t("实施主体", "Handled by"), t(g.department(), en(g.departmentEn(), g.department())));
        row(t("办理对象", "Who can apply"),
                String.join(t("、", ", "), g.applicants().stream().map(this::term).toList()));
        row(t("法定办结时限", "Legal time limit"), limit(g.legalTimeLimit()));
        row(t("承诺办结时限", "Promised time limit"), limit(g.promisedTimeLimit()));
        row(t("到现场次数", "Visits needed"), lang == Lang.ZH ? g.visits() + "次" : String.valueOf(g.visits()));
        row(t("收费", "Fees"), g.fees().isEmpty() ? t("不收费", "free") : t("收费，见下文", "see below"));
        row(t("办理地点", "Where"), t(g.hall(), g.hallEn()) + " " + windows(g.windows()));
        row(t("办理时间", "Opening hours"), t("法定工作日 ", "working days ") + String.join(t("，", ", "), g.hours()));
        row(t("咨询电话", "Enquiries"), g.phone() == null ? g.hotline() : g.phone());
        html.append("</table>");
    }

    private String windows(List<GuideView.Place> places) {
        if (places.isEmpty()) {
            return t("咨询导办台", "the guide desk");
        }
        List<String> numbers = places.stream().map(p -> String.valueOf(p.number())).toList();
        return lang == Lang.ZH ? String.join("、", numbers) + "号窗口" : "windows " + String.join(", ", numbers);
    }

    private void materials(List<ServiceGuide.Material> materials) {
        html.append("<section class=\"checklist\"><h2>").append(t("申请材料（一次性告知清单）",
                "Materials to bring (checklist)")).append("</h2>");
        if (materials.isEmpty()) {
            html.append("<p>").append(t("无需提交材料。", "No materials are needed.")).append("</p></section>");
            return;
        }
        html.append("<table><thead><tr><th class=\"box\"></th><th>").append(t("材料名称", "Material"))
                .append("</th><th class=\"n\">").append(t("原件", "Originals")).append("</th><th class=\"n\">")
                .append(t("复印件", "Copies")).append("</th><th>").append(t("说明", "Notes"))
                .append("</th></tr></thead><tbody>");
        int i = 1;
        for (ServiceGuide.Material m : materials) {
            html.append("<tr><td class=\"box\">☐</td><td>").append(i++).append(". ")
                    .append(esc(t(m.name(), en(m.nameEn(), m.name()))));
            if (lang == Lang.EN && m.nameEn() != null) {
                html.append(" <span class=\"zh\">").append(esc(m.name())).append("</span>");
            }
            html.append(m.required() ? "" : " <span class=\"tag\">" + t("视情提交", "if applicable") + "</span>")
                    .append("</td><td class=\"n\">").append(m.originals()).append("</td><td class=\"n\">")
                    .append(m.copies()).append("</td><td>").append(esc(m.notes() == null ? "" : m.notes()))
                    .append("</td></tr>");
        }
        html.append("</tbody></table></section>");
    }

    private void steps(List<ServiceGuide.Step> steps) {
        html.append("<section><h2>").append(t("办理流程", "Steps")).append("</h2><ol class=\"steps\">");
        for (ServiceGuide.Step s : steps) {
            html.append("<li><strong>").append(esc(t(s.name(), en(s.nameEn(), s.name())))).append("</strong>");
            if (s.detail() != null) {
                html.append(t("：", ": ")).append(esc(s.detail()));
            }
            html.append("</li>");
        }
        html.append("</ol></section>");
    }

    private void fees(List<ServiceGuide.Fee> fees) {
        html.append("<section><h2>").append(t("收费标准", "Fees")).append("</h2>");
        if (fees.isEmpty()) {
            html.append("<p>").append(t("本事项不收费。", "This service is free of charge.")).append("</p></section>");
            return;
        }
        html.append("<table><thead><tr><th>").append(t("收费项目", "Item")).append("</th><th class=\"n\">")
                .append(t("金额（元）", "Yuan")).append("</th><th>").append(t("计费单位", "Per")).append("</th><th>")
                .append(t("依据", "Basis")).append("</th></tr></thead><tbody>");
        for (ServiceGuide.Fee f : fees) {
            html.append("<tr><td>").append(esc(f.item())).append("</td><td class=\"n\">").append(yuan(f.yuan()))
                    .append("</td><td>").append(esc(f.per() == null ? "" : f.per())).append("</td><td>")
                    .append(esc(f.basis() == null ? "" : f.basis())).append("</td></tr>");
        }
        html.append("</tbody></table></section>");
    }

    private void list(String title, List<String> items, String tag) {
        if (items.isEmpty()) {
            return;
        }
        html.append("<section><h2>").append(title).append("</h2><").append(tag).append(">");
        items.forEach(i -> html.append("<li>").append(esc(i)).append("</li>"));
        html.append("</").append(tag).append("></section>");
    }

    private void row(String label, String value) {
        html.append("<tr><th>").append(label).append("</th><td>").append(esc(value == null ? "—" : value))
                .append("</td></tr>");
    }

    /** "15个工作日" / "15 working days"; null means none is set by law. */
    String limit(ServiceGuide.TimeLimit l) {
        if (l == null) {
            return t("无法定时限", "none set by law");
        }
        String text = switch (l.unit()) {
            case ON_THE_SPOT -> t("即办", "on the spot");
            case WORKING_DAYS -> t(l.days() + "个工作日", l.days() + " working days");
            case DAYS -> t(l.days() + "日", l.days() + " days");
        };
        return l.note() == null ? text : text + t("（" + l.note() + "）", " (" + l.note() + ")");
    }

    /** The usual words for kinds of matter and applicants, in English on the English page. */
    private String term(String zh) {
        return zh == null || lang == Lang.ZH ? zh : TERMS.getOrDefault(zh, zh);
    }

    private static final Map<String, String> TERMS = Map.of(
            "行政许可", "administrative licence", "行政确认", "administrative confirmation",
            "行政给付", "administrative payment", "公共服务", "public service", "自然人", "individuals",
            "企业法人", "companies", "事业单位法人", "public institutions", "其他组织", "other organisations");

    private static String yuan(double v) {
        return v == Math.rint(v) ? String.valueOf((long) v) : String.format(Locale.ROOT, "%.2f", v);
    }

    private void head(String title) {
        html.append("<!DOCTYPE html><html lang=\"").append(t("zh-CN", "en")).append("\"><head><meta charset=\"utf-8\">")
                .append("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">")
                .append("<title>").append(esc(title)).append("</title><style>").append(CSS).append("</style></head><body>");
    }

    private String t(String zh, String en) {
        return lang == Lang.ZH ? zh : en;
    }

    private static String en(String en, String fallback) {
        return en == null ? fallback : en;
    }

    static String esc(String s) {
        StringBuilder b = new StringBuilder(s.length() + 16);
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            switch (c) {
                case '<' -> b.append("&lt;");
                case '>' -> b.append("&gt;");
                case '&' -> b.append("&amp;");
                case '"' -> b.append("&quot;");
                case '\'' -> b.append("&#39;");
                default -> b.append(c);
            }
        }
        return b.toString();
    }

    private static final String CSS = """
            body{font-family:"Noto Sans CJK SC","WenQuanYi Micro Hei","Microsoft YaHei",sans-serif;color:#111;
            margin:0 auto;max-width:820px;padding:16px;line-height:1.55;font-size:15px}
            header{border-bottom:3px solid #b71c1c;margin-bottom:12px}
            .hall{margin:0;color:#b71c1c;font-weight:bold}
            h1{font-size:24px;margin:4px 0}
            .sub{margin:0 0 8px;color:#444}
            h2{font-size:17px;border-left:5px solid #b71c1c;padding-left:8px;margin:18px 0 6px}
            table{border-collapse:collapse;width:100%}
            th,td{border:1px solid #999;padding:4px 6px;text-align:left;vertical-align:top}
            .facts th{width:8.5em;background:#f5f0f0;font-weight:normal}
            thead th{background:#f5f0f0}
            .n{text-align:center;width:5.5em}
            .box{width:1.6em;text-align:center;font-size:18px}
            .tag{font-size:12px;border:1px solid #777;border-radius:3px;padding:0 3px;color:#444;white-space:nowrap}
            .zh{color:#555;font-size:13px}
            .note{background:#fff8e1;border:1px solid #e0c060;padding:6px}
            .sign{margin-top:22px}
            footer{border-top:1px solid #999;margin-top:18px;font-size:13px;color:#333}
            .url{word-break:break-all;color:#555}
            nav{margin:6px 0}
            nav a,nav button{font-size:15px;margin-right:10px}
            @page{size:A4;margin:14mm}
            @media print{.no-print{display:none}body{max-width:none;padding:0;font-size:12pt}
            tr{page-break-inside:avoid}h2{page-break-after:avoid}a{color:#000;text-decoration:none}}
            """;
}
