package hallq.controller.report;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * Reports as CSV for spreadsheets: UTF-8 with a byte-order mark (so Excel reads the Chinese),
 * one block per table (summary, days, services, windows, hours), each under a title line and
 * separated by a blank line. Headers are Chinese and English.
 */
public final class ReportCsv {
    private final StringBuilder out = new StringBuilder("\uFEFF");

    private ReportCsv() {
    }

    public static String daily(DailyReport r) {
        ReportCsv csv = new ReportCsv();
        csv.row(r.hallName() + " 日报 daily report", r.date(), r.complete() ? "" : "截至 as of " + r.asOf());
        csv.figures(r.figures(), null);
        return csv.out.toString();
    }

    public static String monthly(MonthlyReport r) {
        ReportCsv csv = new ReportCsv();
        csv.row(r.hallName() + " 月报 monthly report", r.month(), r.complete() ? "" : "截至 as of " + r.asOf());
        csv.figures(r.figures(), r.days());
        return csv.out.toString();
    }

    private void figures(Figures f, List<MonthlyReport.Day> days) {
        title("汇总 summary");
        row("指标 metric", "值 value");
        Figures.Volume v = f.volume();
        row("取号 issued", v.issued());
        row("办结 served", v.served());
        row("过号 no-shows", v.noShows());
        row("过期未叫 expired", v.expired());
        row("未完成 unfinished", v.unfinished());
        row("作废 voided", v.voided());
        row("平均等候（分钟） mean wait (min)", f.waits().mean());
        row("等候P90（分钟） p90 wait (min)", f.waits().p90());
        row("最长等候（分钟） longest wait (min)", f.waits().max());
        row("超目标等候 waits over target", f.waitsOverTarget());
        row("超目标占比 share over target", f.overTargetShare());
        row("平均步行（分钟） mean walk to window (min)", f.walks().mean());
        row("平均办理（分钟） mean service (min)", f.serviceTimes().mean());
        row("评价数 ratings", f.ratings().count());
        row("满意率 satisfaction rate", f.ratings().satisfactionRate());
        row("差评 bad ratings", f.ratings().bad());
        row("预约 appointments booked", f.appointments().booked());
        row("预约签到 checked in", f.appointments().checkedIn());
        row("预约爽约 missed", f.appointments().noShows());
        row("预约取消 cancelled", f.appointments().cancelled());
        row("爽约率 no-show rate", f.appointments().noShowRate());
        row("差评工单新增 work orders opened", f.workOrders().opened());
        row("其中未办结 still open", f.workOrders().stillOpen());
        row("工单办结 work orders finished", f.workOrders().finished());
        row("其中超期办结 finished late", f.workOrders().finishedLate());
        row("工单超期 work orders gone overdue", f.workOrders().overdue());
        row("效能监督提醒 supervision notices", f.supervision().total());
        row("有人等候时窗口空闲 idle while citizens waited", f.supervision().idleWhileWaiting());
        row("窗口无人值守 unattended windows", f.supervision().unattended());
        row("办理超时 long services", f.supervision().longService());
        row("等候超目标 waits past target", f.supervision().overTarget());
        if (days != null) {
            title("每日 days");
            row("日期 date", "工作日 working day", "取号 issued", "办结 served", "过号 no-shows", "平均等候 mean wait",
                    "等候P90 p90 wait", "超目标占比 share over target", "平均办理 mean service", "评价数 ratings",
                    "满意率 satisfaction");
            for (MonthlyReport.Day d : days) {
                row(d.date(), d.workingDay(), d.issued(), d.served(), d.noShows(), d.meanWait(), d.p90Wait(),
                        d.overTargetShare(), d.meanService(), d.ratings(), d.satisfactionRate());
            }
        }
        title("事项 services");
        row("事项 service", "名称 name", "目标等候 target wait", "取号 issued", "办结 served", "过号 no-shows",
                "过期未叫 expired", "作废 voided", "平均等候 mean wait", "等候P90 p90 wait", "超目标占比 share over target",
                "平均办理 mean service", "评价数 ratings", "满意率 satisfaction", "预约 booked", "爽约 missed");
        for (Figures.ServiceFigures s : f.services()) {
            row(s.serviceId(), s.name(), s.targetWaitMinutes(), s.volume().issued(), s.volume().served(),
                    s.volume().noShows(), s.volume().expired(), s.volume().voided(), s.waits().mean(), s.waits().p90(),
                    s.overTargetShare(), s.serviceTimes().mean(), s.ratings().count(), s.ratings().satisfactionRate(),
                    s.appointments().booked(), s.appointments().noShows());
        }
        title("窗口 windows");
        row("窗口 window", "名称 name", "部门 department", "叫号 calls", "办结 served", "过号 no-shows",
                "转出 passed on", "平均等候 mean wait", "平均步行 mean walk", "平均办理 mean service",
                "开放分钟 open min", "忙碌分钟 busy min", "空闲分钟 idle min", "评价数 ratings", "满意率 satisfaction",
                "差评工单 work orders", "工单超期 overdue", "效能监督 notices");
        for (Figures.WindowFigures w : f.windows()) {
            row(w.window(), w.name(), w.department(), w.calls(), w.served(), w.noShows(), w.passedOn(),
                    w.waits().mean(), w.walks().mean(), w.serviceTimes().mean(), w.openMinutes(), w.busyMinutes(),
                    w.idleMinutes(), w.ratings().count(), w.ratings().satisfactionRate(), w.workOrders().opened(),
                    w.workOrders().overdue(), w.supervision().total());
        }
        title("时段 hours");
        row("时段 hour", "取号 issued", "叫号 called", "办结 served", "平均等候 mean wait");
        for (Figures.HourFigures h : f.hours()) {
            row(String.format("%02d:00", h.hour()), h.issued(), h.called(), h.served(), h.meanWait());
        }
    }

    private void title(String title) {
        out.append("\r\n");
        row(title);
    }

    private void row(Object... cells) {
        List<String> quoted = new ArrayList<>();
        for (Object c : Arrays.asList(cells)) {
            quoted.add(cell(c));
        }
        out.append(String.join(",", quoted)).append("\r\n");
    }

    /** Empty for unknown; quoted when it holds a comma, a quote or a line break (RFC 4180). */
    static String cell(Object value) {
        if (value == null) {
            return "";
        }
        String s = value.toString();
        if (s.contains(",") || s.contains("\"") || s.contains("\n") || s.contains("\r")) {
            return "\"" + s.replace("\"", "\"\"") + "\"";
        }
        return s;
    }
}
