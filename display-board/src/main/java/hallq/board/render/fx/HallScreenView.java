package hallq.board.render.fx;


import hallq.board.render.CallRow;
import hallq.board.render.HallScreenViewModel;
import hallq.board.render.HallScreenViewModel.QueueRow;
import hallq.board.render.HallScreenViewModel.WindowTile;
import java.util.ArrayList;
import java.util.List;
import java.util.function.BiConsumer;
import java.util.function.Consumer;
import java.util.function.IntFunction;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.control.Label;
import javafx.scene.image.ImageView;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.TilePane;
import javafx.scene.layout.VBox;

/**
 * The hall screen (综合屏), 1920×1080: calls on the left, windows in the middle, queues on the right.
 * Call rows, window tiles and queue rows are made once and then only given new texts: a node made
 * anew costs a CSS pass (selector matching) in the next pulse, and every call changes all three.
 */
public final class HallScreenView {
    public static final double WIDTH = 1920;
    public static final double HEIGHT = 1080;
    private static final int TILE_COLUMNS = 4;
    private static final double TILE_WIDTH = 132;
    private static final double TILE_HEIGHT = 92;
    private final BorderPane root = new BorderPane();
    private final Label hallName = Fx.label("hallName", "title", "");
    private final Label clock = Fx.label("clock", "clock", "");
    private final Label reconnecting = Fx.label("reconnecting", "reconnecting", "重新连接中… reconnecting");
    private final Label highlightTicket = Fx.label("highlightTicket", "highlight-ticket", "");
    private final Label highlightWindow = Fx.label("highlightWindow", "highlight-window", "");
    private final Label highlightText = Fx.label("highlightText", "highlight-text", "");
    private final VBox highlight = new VBox(highlightText, highlightTicket, highlightWindow);
    private final VBox calls = new VBox(8);
    private final TilePane windows = new TilePane(10, 10);
    private final Label windowsTitle = Fx.label("windowsTitle", "section", "窗口 Windows");
    private final GridPane queues = new GridPane();
    private final Label banner = Fx.label("connectionBanner", "banner", "");
    private final Label hotline = Fx.label("hotline", "hotline", "");
    private final Label complaint = Fx.label("complaint", "complaint", "");
    private final ImageView qr = new ImageView();
    private final List<CallRowNodes> callRows = new ArrayList<>();
    private final List<TileNodes> tiles = new ArrayList<>();
    private final List<QueueRowNodes> queueRows = new ArrayList<>();
    private String qrContent;
    private HallScreenViewModel shown;

    private record CallRowNodes(HBox row, Label ticket, Label window) {
    }

    private record TileNodes(VBox tile, Label number, Label text) {
    }

    private record QueueRowNodes(Label name, Label waiting, Label predictedWait) {
        List<Label> labels() {
            return List.of(name, waiting, predictedWait);
        }
    }

    public HallScreenView() {
        root.getStylesheets().add(Fx.CSS);
        root.getStyleClass().add("board");
        root.setStyle(BoardFonts.rootStyle());
        root.setPrefSize(WIDTH, HEIGHT);
        root.setTop(new HBox(hallName, Fx.spacer(), reconnecting, clock));
        root.getTop().getStyleClass().add("header");
        highlight.getStyleClass().add("highlight");
        highlight.managedProperty().bind(highlight.visibleProperty()); // no empty box above the list before any call
        calls.setId("calls");
        windows.setId("windows");
        // 4 columns × 6 rows = HallScreenViewModel.WINDOWS_PER_PAGE tiles per page, between header and footer
        windows.setPrefColumns(TILE_COLUMNS);
        windows.setPrefTileWidth(TILE_WIDTH);
        windows.setPrefTileHeight(TILE_HEIGHT);
        windows.setMaxWidth(TILE_COLUMNS * TILE_WIDTH + (TILE_COLUMNS - 1) * windows.getHgap());
        queues.setId("queues");
        queues.setHgap(28);
        queues.setVgap(6);
        VBox left = column(760, highlight, Fx.label(null, "section", "最近叫号 Recent calls"), calls);
        VBox middle = column(620, windowsTitle, windows);
        VBox right = column(540, Fx.label(null, "section", "等候人数 · 预计等待  Waiting"), queues);
        StackPane center = new StackPane(new HBox(left, middle, right), banner);
        StackPane.setAlignment(banner, Pos.CENTER);
        root.setCenter(center);
        qr.setId("complaintQr");
        Label scan = Fx.label(null, "complaint", "扫码投诉 · 好差评\nScan to rate or complain");
        HBox footer = new HBox(hotline, complaint, Fx.spacer(), scan, qr);
        footer.getStyleClass().add("footer");
        root.setBottom(footer);
    }

    private static VBox column(double width, Node... children) {
        VBox box = new VBox(children);
        box.getStyleClass().add("column");
        box.setPrefWidth(width);
        return box;
    }

    public Parent root() {
        return root;
    }

    /** Shows a new view model (call on the JavaFX thread); parts that did not change are left alone. */
    public void show(HallScreenViewModel vm) {
        HallScreenViewModel before = shown;
        shown = vm;
        hallName.setText(vm.hallName());
        clock.setText(vm.clock());
        reconnecting.setVisible(vm.reconnecting());
        banner.setText(vm.banner() == null ? "" : vm.banner());
        banner.setVisible(vm.banner() != null);
        hotline.setText(vm.hotline());
        complaint.setText(vm.complaint());
        if (!vm.complaintUrl().equals(qrContent)) {
            qrContent = vm.complaintUrl();
            qr.setImage(QrCodes.image(qrContent, 150));
        }
        showHighlight(vm.highlight());
        if (before == null || !before.calls().equals(vm.calls())) {
            showCalls(vm.calls().stream().skip(1).limit(6).toList());
        }
        windowsTitle.setText(("窗口 Windows  " + vm.windowPage().label()).trim());
        if (before == null || !before.windowPage().equals(vm.windowPage())) {
            showTiles(vm.windowPage().tiles());
        }
        if (before == null || !before.queues().equals(vm.queues())) {
            showQueues(vm.queues());
        }
    }

    private void showHighlight(CallRow call) {
        highlight.setVisible(call != null);
        highlightTicket.setText(call == null ? "" : call.ticket());
        highlightWindow.setText(call == null ? "" : "请到 " + call.windowLabel());
        highlightText.setText(call == null ? "" : call.sentence());
        String style = call != null && call.recall() ? "recall" : "highlight-text";
        if (!highlightText.getStyleClass().contains(style)) {
            highlightText.getStyleClass().setAll("label", style);
        }
    }

    private void showCalls(List<CallRow> rows) {
        reuse(callRows, rows, i -> {
            CallRowNodes n = new CallRowNodes(new HBox(), Fx.label(null, "call-ticket", ""),
                    Fx.label(null, "call-window", ""));
            n.row().getChildren().addAll(n.ticket(), n.window());
            n.row().getStyleClass().add("call-row");
            shownWhenVisible(n.row());
            calls.getChildren().add(n.row());
            return n;
        }, (n, c) -> {
            n.row().setId("call-" + c.ticket());
            n.ticket().setText(c.ticket());
            n.window().setText("→ " + c.windowLabel() + (c.recall() ? " (再次)" : ""));
            n.row().setVisible(true);
        }, n -> {
            n.row().setId(null);
            n.ticket().setText("");
            n.window().setText("");
            n.row().setVisible(false);
        });
    }

    private void showTiles(List<WindowTile> shownTiles) {
        reuse(tiles, shownTiles, i -> {
            TileNodes n = new TileNodes(new VBox(), Fx.label(null, "tile-number", ""), Fx.label(null, "tile-ticket", ""));
            n.tile().getChildren().addAll(n.number(), n.text());
            n.tile().getStyleClass().add("tile");
            shownWhenVisible(n.tile());
            windows.getChildren().add(n.tile());
            return n;
        }, (n, t) -> {
            n.tile().setId("window-" + t.number());
            n.number().setText(t.label());
            n.text().setText(t.text());
            if (t.paused() != n.tile().getStyleClass().contains("tile-paused")) {
                if (t.paused()) {
                    n.tile().getStyleClass().add("tile-paused");
                } else {
                    n.tile().getStyleClass().remove("tile-paused");
                }
            }
            n.tile().setVisible(true);
        }, n -> {
            n.tile().setId(null);
            n.number().setText("");
            n.text().setText("");
            n.tile().setVisible(false);
        });
    }

    private void showQueues(List<QueueRow> rows) {
        reuse(queueRows, rows, i -> {
            QueueRowNodes n = new QueueRowNodes(Fx.label(null, "queue-name", ""), Fx.label(null, "queue-waiting", ""),
                    Fx.label(null, "queue-wait", ""));
            n.labels().forEach(HallScreenView::shownWhenVisible);
            queues.addRow(i, n.name(), n.waiting(), n.predictedWait());
            return n;
        }, (n, q) -> {
            n.name().setText(q.name());
            n.waiting().setText(q.waiting());
            n.predictedWait().setText(q.predictedWait());
            n.labels().forEach(l -> l.setVisible(true));
        }, n -> n.labels().forEach(l -> {
            l.setText("");
            l.setVisible(false);
        }));
    }

    /**
     * Shows {@code items} in reused nodes: the pool grows by {@code make} (which also places the new
     * nodes, given their row) only when it is too small; each node in use gets its item, the nodes
     * left over are emptied and hidden. A new node costs a CSS pass in the next pulse, a new text not.
     */
    private static <T, N> void reuse(List<N> pool, List<T> items, IntFunction<N> make, BiConsumer<N, T> show,
                                     Consumer<N> hide) {
        for (int i = 0; i < items.size(); i++) {
            if (i == pool.size()) {
                pool.add(make.apply(i));
            }
            show.accept(pool.get(i), items.get(i));
        }
        for (N n : pool.subList(items.size(), pool.size())) {
            hide.accept(n);
        }
    }

    /** A hidden node takes no room in its layout. */
    private static void shownWhenVisible(Node node) {
        node.managedProperty().bind(node.visibleProperty());
    }
}
