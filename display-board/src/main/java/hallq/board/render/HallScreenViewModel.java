package hallq.board.render;

import hallq.board.core.BoardState;
import hallq.board.core.Health;
import hallq.protocol.WindowState;
import hallq.protocol.mqtt.CallEvent;
import hallq.protocol.rest.ServiceView;
import hallq.protocol.rest.WindowView;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/**
 * Everything the hall screen (综合屏) shows, as text, computed from the board state: no JavaFX here,
 * so it is tested directly and shared by the text and JavaFX renderers. When the data cannot be
 * trusted ({@code showNumbers} false) the lists are empty and {@code banner} says why.
 */
public record HallScreenViewModel(String hallName, String clock, String banner, boolean showNumbers,
                                  boolean reconnecting, CallRow highlight, List<CallRow> calls,
                                  List<WindowTile> windows, WindowPage windowPage, List<QueueRow> queues,
                                  String hotline, String complaint, String complaintUrl) {
    /** Window tiles that fit on the hall screen at once; more are shown page by page. */
    public static final int WINDOWS_PER_PAGE = 24;
    /** How long each page of windows stays on screen. */
    public static final int PAGE_SECONDS = 10;

    /** An open or paused window and what it shows: the current number, or 暂停服务. */
    public record WindowTile(int number, String label, String text, boolean paused) {
    }

    /** The tiles on screen now: page {@code number} (0-based) of {@code count}, turning every {@value #PAGE_SECONDS} s. */
    public record WindowPage(int number, int count, List<WindowTile> tiles) {
        public WindowPage {
            tiles = List.copyOf(tiles);
        }

        static WindowPage of(List<WindowTile> all, Instant now) {
            int count = Math.max(1, (all.size() + WINDOWS_PER_PAGE - 1) / WINDOWS_PER_PAGE);
            int number = (int) Math.floorMod(now.getEpochSecond() / PAGE_SECONDS, (long) count);
            int from = number * WINDOWS_PER_PAGE;
            return new WindowPage(number, count, all.subList(Math.min(from, all.size()),
                    Math.min(from + WINDOWS_PER_PAGE, all.size())));
        }

        /** "第 1/2 页" when there is more than one page, else empty. */
        public String label() {
            return count > 1 ? "第 " + (number + 1) + "/" + count + " 页" : "";
        }
    }

    /** A service: waiting people and the wait a new arrival would face. */
    public record QueueRow(String name, String prefix, String waiting, String predictedWait) {
    }

    public static HallScreenViewModel of(BoardState state, BoardInfo info, Instant now) {
        boolean live = state.health() == Health.LIVE;
        String name = state.hallName() != null ? state.hallName() : info.hallName();
        String hotline = "政务服务便民热线 " + (state.hotline() != null ? state.hotline() : info.hotline());
        String complaint = info.complaintPhone() == null ? "扫码投诉 · 评价" : "投诉电话 " + info.complaintPhone();
        if (!live) {
            return new HallScreenViewModel(name, Texts.clock(now, info.zone()), Texts.banner(state.health()), false,
                    false, null, List.of(), List.of(), WindowPage.of(List.of(), now), List.of(), hotline, complaint,
                    info.complaintUrl());
        }
        List<CallRow> calls = new ArrayList<>();
        for (CallEvent c : state.recentCalls()) {
            calls.add(CallRow.of(c, calls.isEmpty()));
        }
        List<WindowTile> tiles = tiles(state);
        return new HallScreenViewModel(name, Texts.clock(now, info.zone()), null, true, !state.linkUp(),
                calls.isEmpty() ? null : calls.get(0), calls, tiles, WindowPage.of(tiles, now), queues(state),
                hotline, complaint, info.complaintUrl());
    }

    private static List<WindowTile> tiles(BoardState state) {
        List<WindowTile> tiles = new ArrayList<>();
        for (WindowView w : state.windows().values()) {
            if (w.state() == WindowState.OPEN) {
                String text = w.currentTicket() == null ? "空闲" : w.currentTicket();
                tiles.add(new WindowTile(w.number(), w.number() + "号", text, false));
            } else if (w.state() == WindowState.PAUSED) {
                tiles.add(new WindowTile(w.number(), w.number() + "号", "暂停服务", true));
            }
        }
        return tiles;
    }

    private static List<QueueRow> queues(BoardState state) {
        List<QueueRow> rows = new ArrayList<>();
        for (ServiceView q : state.queues().values()) {
            String wait = q.accepting() ? Texts.minutes(q.predictedWaitMinutes())
                    : (q.closedReason() == null ? "暂停取号" : q.closedReason());
            rows.add(new QueueRow(q.name(), q.prefix(), q.waiting() + "人", wait));
        }
        return rows;
    }
}
