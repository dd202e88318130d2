package hallq.board.render.fx;

import hallq.board.render.WindowBoardViewModel;
import hallq.board.render.WindowBoardViewModel.Mode;
import javafx.scene.Parent;
import javafx.scene.control.Label;
import javafx.scene.layout.VBox;

/** A window board (窗口屏), 1280×480, LED-like: window number, name and department, then the ticket. */
public final class WindowBoardView {
    public static final double WIDTH = 1280;
    public static final double HEIGHT = 480;
    private final VBox root = new VBox();
    private final Label number = Fx.label("windowNumber", "wb-number", "");
    private final Label name = Fx.label("windowName", "wb-name", "");
    private final Label main = Fx.label("mainText", "wb-main", "");
    private final Label status = Fx.label("statusText", "wb-status", "");

    public WindowBoardView() {
        root.getStylesheets().add(Fx.CSS);
        root.getStyleClass().add("window-board");
        root.setStyle(BoardFonts.rootStyle());
        root.setPrefSize(WIDTH, HEIGHT);
        root.getChildren().setAll(number, name, main, status);
    }

    public Parent root() {
        return root;
    }

    public void show(WindowBoardViewModel vm) {
        number.setText(vm.windowNumber());
        name.setText(vm.subtitle());
        main.setText(vm.mainText());
        status.setText(vm.statusText());
        main.getStyleClass().setAll("label", "wb-main");
        if (vm.mode() == Mode.PAUSED || vm.mode() == Mode.CLOSED) {
            main.getStyleClass().add("wb-paused");
        } else if (vm.mode() == Mode.NO_DATA) {
            main.getStyleClass().add("wb-nodata");
        }
    }
}
