package hallq.sim.crowd;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.awt.GraphicsEnvironment;
import java.awt.geom.Ellipse2D;
import java.io.IOException;
import java.nio.file.Path;
import java.text.SimpleDateFormat;
import java.util.List;
import java.util.TimeZone;
import java.util.TreeMap;
import org.jfree.chart.ChartUtils;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.axis.DateAxis;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.axis.ValueAxis;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.renderer.xy.XYItemRenderer;
import org.jfree.chart.renderer.xy.XYLineAndShapeRenderer;
import org.jfree.chart.renderer.xy.XYStepRenderer;
import org.jfree.data.xy.XYSeries;
import org.jfree.data.xy.XYSeriesCollection;

/**
 * The day as PNG charts (headless Java2D): {@code queue-length.png} (citizens waiting per service),
 * {@code waits.png} (each citizen's actual wait by arrival time, and 15-minute means of actual and
 * predicted waits) and {@code windows.png} (windows open). Labels are Chinese first when a CJK font
 * is installed (Debian fonts-wqy-microhei), English only otherwise.
 */
final class SimCharts {
    static final int WIDTH = 1200;
    static final int HEIGHT = 500;
    static final Color ACTUAL = new Color(0x1f, 0x77, 0xb4);
    static final Color PREDICTED = new Color(0xd6, 0x27, 0x28);
    static final Color WINDOWS = new Color(0x2c, 0xa0, 0x2c);
    private static final Color[] SERVICES = {new Color(0x1f, 0x77, 0xb4), new Color(0xff, 0x7f, 0x0e),
        new Color(0x94, 0x67, 0xbd), new Color(0x8c, 0x56, 0x4b), new Color(0xe3, 0x77, 0xc2)};
    private static final double BUCKET_MINUTES = 15;
    private final String fontFamily = cjkFont();
    private final SimResult r;
    private final Timeline timeline;

    SimCharts(SimResult r) {
        this.r = r;
        this.timeline = r.timeline();
    }

    /** Writes the three charts into {@code dir} (which must exist). */
    void write(Path dir) throws IOException {
        save(queueLength(), dir.resolve("queue-length.png"));
        save(waits(), dir.resolve("waits.png"));
        save(windows(), dir.resolve("windows.png"));
    }

    private JFreeChart queueLength() {
        XYSeriesCollection data = new XYSeriesCollection();
        TreeMap<String, XYSeries> byService = new TreeMap<>();
        for (Timeline.Sample s : timeline.samples()) {
            s.waiting().forEach((service, n) -> byService.computeIfAbsent(service, XYSeries::new)
                    .add(timeline.epochMillis(s.minute()), n));
        }
        byService.values().forEach(data::addSeries);
        XYStepRenderer renderer = new XYStepRenderer();
        for (int i = 0; i < byService.size(); i++) {
            renderer.setSeriesPaint(i, SERVICES[i % SERVICES.length]);
            renderer.setSeriesStroke(i, new BasicStroke(2f));
        }
        return chart(label("排队人数", "Citizens waiting"), label("人", "citizens"), data, renderer);
    }

    private JFreeChart waits() {
        XYSeries each = new XYSeries(label("实际等候（每人）", "actual wait, each citizen"));
        TreeMap<Integer, double[]> buckets = new TreeMap<>();
        for (Citizen c : r.citizens()) {
            if (!c.wasCalled()) {
                continue;
            }
            each.add(timeline.epochMillis(c.arrival), c.waitMinutes());
            double[] b = buckets.computeIfAbsent((int) (c.arrival / BUCKET_MINUTES), k -> new double[3]);
            b[0] += c.waitMinutes();
            b[1] += Double.isNaN(c.predictedMean) ? 0 : c.predictedMean;
            b[2]++;
        }
        XYSeries actual = new XYSeries(label("实际等候（15 分钟平均）", "actual wait, 15-minute mean"));
        XYSeries predicted = new XYSeries(label("预测等候（15 分钟平均）", "predicted wait, 15-minute mean"));
        buckets.forEach((k, b) -> {
            long x = timeline.epochMillis((k + 0.5) * BUCKET_MINUTES);
            actual.add(x, b[0] / b[2]);
            predicted.add(x, b[1] / b[2]);
        });
        XYSeriesCollection means = new XYSeriesCollection();
        means.addSeries(actual);
        means.addSeries(predicted);
        XYLineAndShapeRenderer lines = new XYLineAndShapeRenderer(true, false);
        lines.setSeriesPaint(0, ACTUAL);
        lines.setSeriesPaint(1, PREDICTED);
        lines.setSeriesStroke(0, new BasicStroke(2.5f));
        lines.setSeriesStroke(1, new BasicStroke(2.5f));
        JFreeChart chart = chart(label("等候时间：预测与实际（按取号时间）", "Waits: predicted and actual (by arrival)"),
                label("分钟", "minutes"), means, lines);
        XYLineAndShapeRenderer dots = new XYLineAndShapeRenderer(false, true);
        dots.setSeriesPaint(0, new Color(150, 150, 150, 110));
        dots.setSeriesShape(0, new Ellipse2D.Double(-1.5, -1.5, 3, 3));
        XYPlot plot = chart.getXYPlot();
        plot.setDataset(1, new XYSeriesCollection(each));
        plot.setRenderer(1, dots);
        return chart;
    }

    private JFreeChart windows() {
        XYSeries open = new XYSeries(label("开放窗口", "open windows"));
        List<Timeline.Sample> samples = timeline.samples();
        samples.forEach(s -> open.add(timeline.epochMillis(s.minute()), s.openWindows()));
        XYStepRenderer renderer = new XYStepRenderer();
        renderer.setSeriesPaint(0, WINDOWS);
        renderer.setSeriesStroke(0, new BasicStroke(2.5f));
        return chart(label("开放窗口数", "Windows open"), label("个", "windows"), new XYSeriesCollection(open), renderer);
    }

    private JFreeChart chart(String title, String yLabel, XYSeriesCollection data, XYItemRenderer renderer) {
        DateAxis time = new DateAxis(label("时间", "time of day"));
        SimpleDateFormat hhmm = new SimpleDateFormat("HH:mm");
        TimeZone zone = TimeZone.getTimeZone(timeline.start().getZone());
        hhmm.setTimeZone(zone);
        time.setTimeZone(zone);
        time.setDateFormatOverride(hhmm);
        NumberAxis y = new NumberAxis(yLabel);
        y.setAutoRangeIncludesZero(true);
        XYPlot plot = new XYPlot(data, time, y, renderer);
        plot.setBackgroundPaint(Color.WHITE);
        plot.setDomainGridlinePaint(Color.LIGHT_GRAY);
        plot.setRangeGridlinePaint(Color.LIGHT_GRAY);
        Font small = new Font(fontFamily, Font.PLAIN, 12);
        Font bold = new Font(fontFamily, Font.BOLD, 14);
        for (var axis : new ValueAxis[] {time, y}) {
            axis.setLabelFont(bold);
            axis.setTickLabelFont(small);
        }
        JFreeChart chart = new JFreeChart(title + " — " + r.scenario().name() + " (seed " + r.summary().seed() + ")",
                new Font(fontFamily, Font.BOLD, 18), plot, true);
        chart.getLegend().setItemFont(small);
        chart.setBackgroundPaint(Color.WHITE);
        return chart;
    }

    private static void save(JFreeChart chart, Path file) throws IOException {
        ChartUtils.saveChartAsPNG(file.toFile(), chart, WIDTH, HEIGHT);
    }

    private String label(String zh, String en) {
        return fontFamily.equals(Font.SANS_SERIF) ? en : zh + " " + en;
    }

    /** An installed font that can draw Chinese, or the logical sans-serif font. */
    private static String cjkFont() {
        for (String family : GraphicsEnvironment.getLocalGraphicsEnvironment().getAvailableFontFamilyNames()) {
            if (family.startsWith("WenQuanYi Micro Hei") && !family.contains("Mono")
                    || family.startsWith("Noto Sans CJK SC")) {
                if (new Font(family, Font.PLAIN, 12).canDisplayUpTo("排队等候窗口") == -1) {
                    return family;
                }
            }
        }
        return Font.SANS_SERIF;
    }
}
