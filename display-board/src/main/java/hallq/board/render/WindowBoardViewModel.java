package hallq.board.render;

import hallq.board.core.BoardState;
import hallq.board.core.Health;
import hallq.protocol.config.WindowConfig;
import hallq.protocol.mqtt.CallEvent;
import hallq.protocol.rest.WindowView;

/**
 * What one window board (窗口屏) shows: its number, name and department always; then the ticket
 * being served, or 暂停服务 / 窗口关闭 / 等待叫号, or a connection banner when data is stale.
 */
public record WindowBoardViewModel(String windowNumber, String windowName, String department, Mode mode,
                                   String mainText, String statusText) {

    public enum Mode { SERVING, CALLING, IDLE, PAUSED, CLOSED, NO_DATA }

    /** The line under the window number: its name and department, without repeating "5号窗口". */
    public String subtitle() {
        if (windowName.equals(windowNumber)) {
            return department;
        }
        return department.isEmpty() ? windowName : windowName + " · " + department;
    }

    public static WindowBoardViewModel of(BoardState state, BoardInfo info, int number) {
        WindowConfig config = info.windows().get(number);
        WindowView w = state.window(number);
        String name = w != null && w.name() != null ? w.name() : config != null ? config.name() : number + "号窗口";
        String dept = w != null && w.department() != null ? w.department()
                : config != null && config.department() != null ? config.department() : "";
        String label = number + "号窗口";
        if (state.health() != Health.LIVE) {
            String text = switch (state.health()) {
                case WAITING -> "正在连接";
                case AWAITING_CONTROLLER -> "等待数据";
                case CONNECTION_LOST, LIVE -> "连接中断"; // LIVE does not get here
            };
            return new WindowBoardViewModel(label, name, dept, Mode.NO_DATA, text, Texts.banner(state.health()));
        }
        if (w == null) {
            return new WindowBoardViewModel(label, name, dept, Mode.NO_DATA, "暂无信息", "等待窗口状态 Waiting for data");
        }
        return switch (w.state()) {
            case CLOSED -> new WindowBoardViewModel(label, name, dept, Mode.CLOSED, "窗口关闭", "请到其他窗口办理 Closed");
            case PAUSED -> new WindowBoardViewModel(label, name, dept, Mode.PAUSED, "暂停服务", "请稍候 Paused");
            case OPEN -> open(state, label, name, dept, w);
        };
    }

    private static WindowBoardViewModel open(BoardState state, String label, String name, String dept, WindowView w) {
        if (w.currentTicket() == null) {
            return new WindowBoardViewModel(label, name, dept, Mode.IDLE, "等待叫号", "欢迎办理 Welcome");
        }
        CallEvent call = state.highlighted();
        boolean calling = "CALLED".equals(w.currentStatus()) || "RECALLED".equals(w.currentStatus());
        if (calling) {
            boolean recall = call != null && call.window() == w.number() && call.ticket().equals(w.currentTicket())
                    && call.recall();
            String sentence = "请 " + w.currentTicket() + " 号" + (recall ? "再次" : "") + "到本窗口办理";
            return new WindowBoardViewModel(label, name, dept, Mode.CALLING, w.currentTicket(), sentence);
        }
        return new WindowBoardViewModel(label, name, dept, Mode.SERVING, w.currentTicket(), "正在办理 Now serving");
    }
}
