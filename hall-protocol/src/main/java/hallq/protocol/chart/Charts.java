package hallq.protocol.chart;

import java.awt.Color;
import java.awt.Font;
import java.awt.GraphicsEnvironment;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import org.jfree.chart.ChartUtils;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.axis.Axis;
import org.jfree.chart.axis.CategoryAxis;
import org.jfree.chart.axis.CategoryLabelPositions;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.plot.CategoryPlot;
import org.jfree.chart.plot.Plot;
import org.jfree.chart.renderer.category.BarRenderer;
import org.jfree.chart.renderer.category.StandardBarPainter;
import org.jfree.data.category.DefaultCategoryDataset;

/**
 * The look of every report chart, the hall's and the city's (JFreeChart, headless Java2D, PNG):
 * grouped bars, one palette, Chinese and English labels when a font that draws Chinese is installed
 * (Debian fonts-wqy-microhei), English only otherwise. JFreeChart is an optional dependency of this
 * module: a module that draws charts declares it.
 */
public final class Charts {
    public static final Color[] COLORS = {new Color(0x1f, 0x77, 0xb4), new Color(0x2c, 0xa0, 0x2c),
        new Color(0xd6, 0x27, 0x28), new Color(0xff, 0x7f, 0x0e), new Color(0x94, 0x67, 0xbd)};
    private static final int WIDTH = 1200;
    private static final int HEIGHT = 520;
    private static final String FONT = chineseFont();

    private Charts() {
    }

    /** Grouped bars: one group per item, one bar per series (issued before called before served; mean before P90 before target). */
    public static <T> JFreeChart bars(String title, String yLabel, List<T> items, Function<T, String> category,
                                      Map<String, Function<T, Number>> series) {
        DefaultCategoryDataset data = new DefaultCategoryDataset();
        Map<String, Function<T, Number>> ordered = new LinkedHashMap<>();
        series.keySet().stream().sorted(Charts::seriesOrder).forEach(k -> ordered.put(k, series.get(k)));
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

    /** A chart with the house title, legend and background. */
    public static JFreeChart chart(String title, Plot plot) {
        plot.setBackgroundPaint(Color.WHITE);
        JFreeChart chart = new JFreeChart(title, new Font(FONT, Font.BOLD, 18), plot, true);
        chart.getLegend().setItemFont(new Font(FONT, Font.PLAIN, 13));
        chart.setBackgroundPaint(Color.WHITE);
        return chart;
    }

    /** The house fonts on axes. */
    public static void fonts(Axis... axes) {
        for (var a : axes) {
            a.setLabelFont(new Font(FONT, Font.BOLD, 14));
            a.setTickLabelFont(new Font(FONT, Font.PLAIN, 12));
        }
    }

    public static byte[] png(JFreeChart chart) {
        try {
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            ChartUtils.writeChartAsPNG(out, chart, WIDTH, HEIGHT);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** "中文 English" when Chinese can be drawn, else the English alone. */
    public static String label(String zh, String en) {
        return FONT.equals(Font.SANS_SERIF) ? en : zh + " " + en;
    }

    /** The refusal of an unknown chart name. */
    public static String unknown(String chart, List<String> known) {
        return "unknown chart '" + chart + "'; one of " + String.join(", ", known);
    }

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
