package hallq.city.http;

import com.fasterxml.jackson.dataformat.csv.CsvMapper;
import com.fasterxml.jackson.dataformat.csv.CsvSchema;
import hallq.city.core.CityReport;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.ToIntFunction;

/** A city report as CSV for a spreadsheet: the city, each level, each hall, each service, then each window, one row each. */
final class ReportCsv {
    private static final String[] HEADER = {"范围 scope", "编号 id", "名称 name", "层级 level", "大厅数 halls",
        "取号 issued", "叫号 first calls", "办结 served", "平均等候(分) mean wait", "P90等候(分) p90 wait", "目标内占比 within target",
        "平均办理(分) mean service", "过号 no-shows", "作废 voided", "评价 ratings", "平均分 mean score",
        "满意率 satisfaction", "差评 bad", "非常不满意 rated 1", "不满意 rated 2", "基本满意 rated 3",
        "满意 rated 4", "非常满意 rated 5", "整改工单 work orders", "工单办结 done", "工单超期 late", "效能监督 notices",
        "预约 booked", "预约签到 checked in", "预约爽约 appointment no-shows", "爽约率 no-show rate",
        "窗口开放(时) window open hours", "接待(时) busy hours", "空闲(时) idle hours",
        "市级预警 city alerts", "市级督办 city notices", "督办已答复 answered", "逾期答复 answered late",
        "督办未答复 open", "督办超期未答复 overdue", "转报发出 handovers sent", "转报收件 handovers received",
        "转报超期 handovers late", "转报超期未结 handovers overdue now"};

    private ReportCsv() {
    }

    static String write(CityReport report) {
        List<String[]> rows = new ArrayList<>();
        rows.add(HEADER);
        rows.add(row("city", "", "全市 city", "", report.city()));
        for (Map.Entry<?, CityReport.Figures> e : report.levels().entrySet()) {
            rows.add(row("level", e.getKey().toString(), "", e.getKey().toString(), e.getValue()));
        }
        for (CityReport.HallRow h : report.halls()) {
            rows.add(row("hall", h.hall().id(), h.hall().name(), h.hall().level().name(), h.figures()));
        }
        for (CityReport.ServiceRow s : report.services()) {
            rows.add(row("service", s.serviceId(), "", "", s.figures()));
        }
        for (CityReport.WindowRow w : report.windows()) {
            rows.add(row("window", w.hallId() + "#" + w.window(), w.window() + "号窗口", "", w.figures()));
        }
        StringWriter out = new StringWriter();
        try (var w = new CsvMapper().writerFor(String[].class).with(CsvSchema.emptySchema()).writeValues(out)) {
            w.writeAll(rows);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toString();
    }

    private static String[] row(String scope, String id, String name, String level, CityReport.Figures f) {
        CityReport.Sums s = f.sums();
        return new String[] {scope, id, name, level, String.valueOf(f.halls()), n(s.issued()), n(s.firstCalls()),
            n(s.served()), d(f.meanWaitMinutes()), f.p90WaitMinutes() == null ? "" : n(f.p90WaitMinutes()), d(f.withinTarget()),
            d(f.meanServiceMinutes()), n(s.noShows()), n(s.voided()), n(s.ratings()), d(f.meanScore()), d(f.satisfaction()),
            n(s.badRatings()), n(s.byScore().get(0)), n(s.byScore().get(1)), n(s.byScore().get(2)),
            n(s.byScore().get(3)), n(s.byScore().get(4)), n(s.workOrders()), n(s.workOrdersDone()), n(s.workOrdersLate()), n(s.notices()),
            n(s.booked()), n(s.checkedIn()), n(s.appointmentNoShows()), d(f.appointmentNoShowRate()),
            d(s.openMs() / 3_600_000.0), d(s.busyMs() / 3_600_000.0),
            d(Math.max(0, s.openMs() - s.busyMs()) / 3_600_000.0),
            sup(f, CityReport.Supervised::alerts), sup(f, CityReport.Supervised::notices),
            sup(f, CityReport.Supervised::answered), sup(f, CityReport.Supervised::answeredLate),
            sup(f, CityReport.Supervised::open), sup(f, CityReport.Supervised::overdue),
            sup(f, x -> x.handovers().sent()), sup(f, x -> x.handovers().received()),
            sup(f, x -> x.handovers().late()), sup(f, x -> x.handovers().overdue())};
    }

    private static String sup(CityReport.Figures f, ToIntFunction<CityReport.Supervised> figure) {
        return f.supervised() == null ? "" : n(figure.applyAsInt(f.supervised()));
    }

    private static String n(int v) {
        return String.valueOf(v);
    }

    private static String d(Double v) {
        return v == null ? "" : String.format("%.2f", v);
    }
}
