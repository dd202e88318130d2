package hallq.city.http;

import static hallq.protocol.chart.Charts.bars;
import static hallq.protocol.chart.Charts.label;
import static hallq.protocol.chart.Charts.png;

import hallq.city.core.CityReport;
import hallq.city.core.HallEntry;
import hallq.city.core.HubProblem;
import hallq.protocol.chart.Charts;
import java.awt.Color;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.plot.CategoryPlot;

/**
 * A city report as PNG charts, in the look of the hall's own report charts ({@link Charts}): per
 * level, the twenty busiest halls, the twenty halls with the longest mean wait, per service, and
 * the share within target per level — with thousands of halls, a bar per hall would be unreadable;
 * the CSV holds them all.
 */
final class CityCharts {
    static final List<String> CHARTS = List.of("levels", "halls", "waits", "services", "within", "ratings");
    /** The 好差评 levels, 5 first (as platforms list them): 非常满意 … 非常不满意. */
    private static final List<String> SCORES = List.of(label("非常满意", "very satisfied"), label("满意", "satisfied"),
            label("基本满意", "fair"), label("不满意", "dissatisfied"), label("非常不满意", "very dissatisfied"));
    private static final int TOP = 20;

    private CityCharts() {
    }

    /** One chart of {@link #CHARTS}; {@code serviceNames} names the services (their ids otherwise). */
    static byte[] draw(CityReport r, String chart, Map<String, String> serviceNames) {
        String period = " — " + r.from() + (r.to().equals(r.from()) ? "" : " … " + r.to());
        List<Map.Entry<HallEntry.Level, CityReport.Figures>> levels = new ArrayList<>(r.levels().entrySet());
        return png(switch (chart) {
            case "levels" -> bars(label("各层级取号与办结", "Tickets by level") + period, label("张", "tickets"), levels,
                    e -> levelName(e.getKey()), volume(e -> e.getValue().sums()));
            case "halls" -> bars(label("取号最多的大厅", "Busiest halls") + period, label("张", "tickets"),
                    top(r.halls().stream().filter(h -> h.figures().sums().issued() > 0).toList(),
                            Comparator.comparingInt((CityReport.HallRow h) -> h.figures().sums().issued())),
                    h -> h.hall().name(), volume(h -> h.figures().sums()));
            case "waits" -> bars(label("平均等候最久的大厅", "Halls with the longest waits") + period,
                    label("分钟", "minutes"), top(r.halls().stream().filter(h -> h.figures().meanWaitMinutes() != null)
                            .toList(), Comparator.comparingDouble((CityReport.HallRow h) -> h.figures().meanWaitMinutes())),
                    h -> h.hall().name(), Map.of(label("平均", "mean"), h -> h.figures().meanWaitMinutes(), "P90",
                            h -> h.figures().p90WaitMinutes()));
            case "services" -> bars(label("各事项取号与办结", "Tickets by service") + period, label("张", "tickets"),
                    r.services(), s -> serviceNames.getOrDefault(s.serviceId(), s.serviceId()),
                    volume(s -> s.figures().sums()));
            case "within" -> percentAxis(bars(label("目标时间内叫号占比", "Called within the wait target") + period, "%",
                    levels, e -> levelName(e.getKey()), Map.of(label("目标内", "within target"),
                            e -> percent(e.getValue()))));
            case "ratings" -> scorePaints(bars(label("各层级好差评分布", "好差评 ratings by level") + period,
                    label("条", "ratings"), levels, e -> levelName(e.getKey()), scores(e -> e.getValue().sums())));
            default -> throw HubProblem.invalid(Charts.unknown(chart, CHARTS));
        });
    }

    private static <T> Map<String, Function<T, Number>> volume(Function<T, CityReport.Sums> sums) {
        return Map.of(label("取号", "issued"), t -> sums.apply(t).issued(), label("办结", "served"),
                t -> sums.apply(t).served());
    }

    /** One series per level of rating, 非常满意 first, in that order. */
    private static <T> Map<String, Function<T, Number>> scores(Function<T, CityReport.Sums> sums) {
        Map<String, Function<T, Number>> out = new LinkedHashMap<>();
        for (int i = 0; i < SCORES.size(); i++) {
            int score = 5 - i;
            out.put(SCORES.get(i), t -> sums.apply(t).byScore().get(score - 1));
        }
        return out;
    }

    /** From green (非常满意) to red (非常不满意), counted in whole ratings. */
    private static JFreeChart scorePaints(JFreeChart chart) {
        CategoryPlot plot = (CategoryPlot) chart.getPlot();
        Color[] paints = {new Color(0x1b6e40), new Color(0x6aa84f), new Color(0xc9a227), new Color(0xe07b39),
            new Color(0xc8362d)};
        for (int i = 0; i < paints.length; i++) {
            plot.getRenderer().setSeriesPaint(i, paints[i]);
        }
        plot.getRangeAxis().setStandardTickUnits(NumberAxis.createIntegerTickUnits());
        return chart;
    }

    private static <T> List<T> top(List<T> rows, Comparator<T> by) {
        return rows.stream().sorted(by.reversed()).limit(TOP).toList();
    }

    private static JFreeChart percentAxis(JFreeChart chart) {
        ((CategoryPlot) chart.getPlot()).getRangeAxis().setRange(0, 100);
        return chart;
    }

    private static Number percent(CityReport.Figures f) {
        return f.withinTarget() == null ? null : Math.round(f.withinTarget() * 1000) / 10.0;
    }

    private static String levelName(HallEntry.Level level) {
        return switch (level) {
            case CITY -> label("市级", "city");
            case DISTRICT -> label("区县", "district");
            case TOWNSHIP -> label("乡镇街道", "street");
            case VILLAGE -> label("村社区", "village");
        };
    }
}
