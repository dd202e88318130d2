package hallq.controller.report;

import static hallq.protocol.chart.Charts.bars;
import static hallq.protocol.chart.Charts.chart;
import static hallq.protocol.chart.Charts.fonts;
import static hallq.protocol.chart.Charts.label;
import static hallq.protocol.chart.Charts.png;
import static hallq.protocol.chart.Charts.unknown;

import hallq.protocol.chart.Charts;
import java.awt.BasicStroke;
import java.awt.Color;
import java.text.SimpleDateFormat;
import java.util.List;
import java.util.Map;
import java.util.TimeZone;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.axis.DateAxis;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.renderer.xy.XYStepRenderer;
import org.jfree.data.xy.XYSeries;
import org.jfree.data.xy.XYSeriesCollection;

/**
 * Reports as PNG charts, in the house look of {@link Charts}.
 */
public final class ReportCharts {
    public static final List<String> DAILY = List.of("hours", "queue", "services", "waits", "windows");
    public static final List<String> MONTHLY = List.of("days", "waits", "services", "windows");

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
            renderer.setSeriesPaint(i, Charts.COLORS[i]);
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
}
