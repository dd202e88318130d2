package hallq.board.render.fx;

import javafx.scene.control.Label;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;

/** Small helpers that keep the views short. */
final class Fx {
    static final String CSS = Fx.class.getResource("boards.css").toExternalForm();

    private Fx() {
    }

    static Label label(String id, String styleClass, String text) {
        Label l = new Label(text == null ? "" : text);
        if (id != null) {
            l.setId(id);
        }
        l.getStyleClass().add(styleClass);
        return l;
    }

    static Region spacer() {
        Region r = new Region();
        HBox.setHgrow(r, Priority.ALWAYS);
        VBox.setVgrow(r, Priority.ALWAYS);
        return r;
    }
}
