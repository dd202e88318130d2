package hallq.controller.report;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.awt.GraphicsEnvironment;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.text.SimpleDateFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TimeZone;
import java.util.function.Function;
import org.jfree.chart.ChartUtils;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.axis.Axis;
import org.jfree.chart.axis.CategoryAxis;
import org.jfree.chart.axis.CategoryLabelPositions;
import org.jfree.chart.axis.DateAxis;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.plot.CategoryPlot;
import org.jfree.chart.plot.Plot;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.renderer.category.BarRenderer;
import org.jfree.chart.renderer.category.StandardBarPainter;
import org.jfree.chart.renderer.xy.XYStepRenderer;
import org.jfree.data.category.DefaultCategoryDataset;
import org.jfree.data.xy.XYSeries;
import org.jfree.data.xy.XYSeriesCollection;

/**
 * Reports as PNG charts (JFreeChart, headless Java2D). Labels are Chinese and English when a font
 * that draws Chinese is installed (Debian fonts-wqy-microhei), English only otherwise.
 */
public final class ReportCharts {
    public static final List<String> DAILY = List.of("hours", "queue", "services", "waits", "windows");
    public static final List<String> MONTHLY = List.of("days", "waits", "services", "windows");
    private static final int WIDTH = 1200;
    private static final int HEIGHT = 520;
    private static final Color[] COLORS = {new Color(0x1f, 0x77, 0xb4), new Color(0x2c, 0xa0, 0x2c),
        new Color(0xd6, 0x27, 0x28), new Color(0xff, 0x7f, 0x0e), new Color(0x94, 0x67, 0xbd)};
    private static final String FONT = chineseFont();

    private ReportCharts() {
    }

    /** One chart of a day ({@link #DAILY}); the timeline is needed for {@code queue}. */
    public static byte[] daily(DailyReport r, Timeline timeline, String chart) {
        Figures f = r.figures();
        String day = " — " + r.date();
        return png(switch (chart) {
            case "hours" -> bars(label("分时段取号、叫号、办结", "Tickets by hour") + day, label("张", "tickets"),
                    f.hours(), h -> String.format("%02d:00", h.hour()), Map.of(
                            label("取号", "issued"), h -> h.issued(), label("叫号", "called"), h -> h.called(),
                            label("办结", "served"), h -> h.served()));
            case "queue" -> queue(timeline, label("排队与窗口", "Queue and windows") + day);
            case "services" -> services(f, day);
            case "waits" -> serviceWaits(f, day);
            case "windows" -> windows(f, day);
            default -> throw new IllegalArgumentException(unknown(chart, DAILY));
        });
    }

    /** One chart of a month ({@link #MONTHLY}). */
    public static byte[] monthly(MonthlyReport r, String chart) {
        Figures f = r.figures();
        String month = " — " + r.month();
        return png(switch (chart) {
            case "days" -> bars(label("每日取号与办结", "Tickets by day") + month, label("张", "tickets"), r.days(),
                    d -> String.valueOf(d.date().getDayOfMonth()), Map.of(label("取号", "issued"), d -> d.issued(),
                            label("办结", "served"), d -> d.served()));
            case "waits" -> bars(label("每日等候时间", "Waits by day") + month, label("分钟", "minutes"), r.days(),
                    d -> String.valueOf(d.date().getDayOfMonth()), Map.of(label("平均", "mean"), d -> d.meanWait(),
                            "P90", d -> d.p90Wait()));
            case "services" -> services(f, month);
            case "windows" -> windows(f, month);
            default -> throw new IllegalArgumentException(unknown(chart, MONTHLY));
        });
    }

    private static JFreeChart services(Figures f, String period) {
        return bars(label("各事项取号与办结", "Tickets by service") + period, label("张", "tickets"), f.services(),
                Figures.ServiceFigures::name, Map.of(label("取号", "issued"), s -> s.volume().issued(),
                        label("办结", "served"), s -> s.volume().served()));
    }

    private static JFreeChart serviceWaits(Figures f, String period) {
        return bars(label("各事项等候时间", "Waits by service") + period, label("分钟", "minutes"), f.services(),
                Figures.ServiceFigures::name, Map.of(label("平均", "mean"), s -> s.waits().mean(), "P90",
                        s -> s.waits().p90(), label("目标", "target"), s -> s.targetWaitMinutes()));
    }

    private static JFreeChart windows(Figures f, String period) {
        List<Figures.WindowFigures> used = f.windows().stream().filter(w -> w.calls() > 0 || w.openMinutes() > 0)
                .toList();
        return bars(label("各窗口办件与空闲", "Windows: served and idle") + period, label("件 / 小时", "served / hours"),
                used, w -> String.valueOf(w.window()), Map.of(label("办结（件）", "served"), w -> w.served(),
                        label("空闲（小时）", "idle hours"), w -> Math.round(w.idleMinutes() / 6.0) / 10.0));
    }

    private static <T> JFreeChart bars(String title, String yLabel, List<T> items, Function<T, String> category,
                                       Map<String, Function<T, Number>> series) {
        DefaultCategoryDataset data = new DefaultCategoryDataset();
        Map<String, Function<T, Number>> ordered = new LinkedHashMap<>();
        series.keySet().stream().sorted(ReportCharts::seriesOrder).forEach(k -> ordered.put(k, series.get(k)));
        for (T item : items) {
            ordered.forEach((name, value) -> data.addValue(value.apply(item), name, category.apply(item)));
        }
        CategoryAxis x = new CategoryAxis();
        x.setMaximumCategoryLabelLines(2);
        if (items.size() > 12) {
            x.setCategoryLabelPositions(CategoryLabelPositions.UP_45);
        }
        BarRenderer renderer = new BarRenderer();
        renderer.setBarPainter(new StandardBarPainter());
        renderer.setShadowVisible(false);
        for (int i = 0; i < ordered.size(); i++) {
            renderer.setSeriesPaint(i, COLORS[i % COLORS.length]);
        }
        CategoryPlot plot = new CategoryPlot(data, x, new NumberAxis(yLabel), renderer);
        plot.setRangeGridlinePaint(Color.LIGHT_GRAY);
        fonts(x, plot.getRangeAxis());
        return chart(title, plot);
    }

    private static JFreeChart queue(Timeline t, String title) {
        XYSeries waiting = new XYSeries(label("排队人数", "waiting"));
        XYSeries atWindows = new XYSeries(label("窗口办理中", "at windows"));
        XYSeries open = new XYSeries(label("开放窗口", "open windows"));
        for (Timeline.Point p : t.points()) {
            long x = p.at().toInstant().toEpochMilli();
            waiting.add(x, p.waiting());
            atWindows.add(x, p.atWindows());
            open.add(x, p.openWindows());
        }
        XYSeriesCollection data = new XYSeriesCollection();
        data.addSeries(waiting);
        data.addSeries(atWindows);
        data.addSeries(open);
        XYStepRenderer renderer = new XYStepRenderer();
        for (int i = 0; i < 3; i++) {
            renderer.setSeriesPaint(i, COLORS[i]);
            renderer.setSeriesStroke(i, new BasicStroke(2.5f));
        }
        DateAxis time = new DateAxis(label("时间", "time"));
        SimpleDateFormat hhmm = new SimpleDateFormat("HH:mm");
        TimeZone zone = t.points().isEmpty() ? TimeZone.getTimeZone("Asia/Shanghai")
                : TimeZone.getTimeZone(t.points().get(0).at().getOffset());
        hhmm.setTimeZone(zone);
        time.setTimeZone(zone);
        time.setDateFormatOverride(hhmm);
        NumberAxis y = new NumberAxis(label("人 / 个", "citizens / windows"));
        XYPlot plot = new XYPlot(data, time, y, renderer);
        plot.setDomainGridlinePaint(Color.LIGHT_GRAY);
        plot.setRangeGridlinePaint(Color.LIGHT_GRAY);
        fonts(time, y);
        return chart(title, plot);
    }

    private static JFreeChart chart(String title, Plot plot) {
        plot.setBackgroundPaint(Color.WHITE);
        JFreeChart chart = new JFreeChart(title, new Font(FONT, Font.BOLD, 18), plot, true);
        chart.getLegend().setItemFont(new Font(FONT, Font.PLAIN, 13));
        chart.setBackgroundPaint(Color.WHITE);
        return chart;
    }

    private static void fonts(Axis... axes) {
        for (var a : axes) {
            a.setLabelFont(new Font(FONT, Font.BOLD, 14));
            a.setTickLabelFont(new Font(FONT, Font.PLAIN, 12));
        }
    }

    private static byte[] png(JFreeChart chart) {
        try {
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            ChartUtils.writeChartAsPNG(out, chart, WIDTH, HEIGHT);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Issued before called before served; mean before P90 before target. */
    private static int seriesOrder(String a, String b) {
        return Integer.compare(rank(a), rank(b));
    }

    private static int rank(String name) {
        String[] order = {"issued", "called", "served", "mean", "P90", "target", "idle"};
        for (int i = 0; i < order.length; i++) {
            if (name.contains(order[i])) {
                return i;
            }
        }
        return order.length;
    }

    private static String unknown(String chart, List<String> known) {
        return "unknown chart '" + chart + "'; one of " + String.join(", ", known);
    }

    private static String label(String zh, String en) {
        return FONT.equals(Font.SANS_SERIF) ? en : zh + " " + en;
    }

    /** An installed font that draws Chinese, or the logical sans-serif font. */
    private static String chineseFont() {
        for (String family : GraphicsEnvironment.getLocalGraphicsEnvironment().getAvailableFontFamilyNames()) {
            boolean candidate = family.startsWith("WenQuanYi Micro Hei") && !family.contains("Mono")
                    || family.startsWith("Noto Sans CJK SC") || family.startsWith("Noto Sans SC");
            if (candidate && new Font(family, Font.PLAIN, 12).canDisplayUpTo("排队等候窗口办结") == -1) {
                return family;
            }
        }
        return Font.SANS_SERIF;
    }
}
