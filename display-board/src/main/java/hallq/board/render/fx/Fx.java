package hallq.board.render.fx;

import javafx.scene.control.Label;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;

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
        javafx.scene.layout.HBox.setHgrow(r, Priority.ALWAYS);
        javafx.scene.layout.VBox.setVgrow(r, Priority.ALWAYS);
        return r;
    }
}
