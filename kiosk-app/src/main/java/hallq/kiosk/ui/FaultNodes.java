package hallq.kiosk.ui;

import static hallq.kiosk.ui.ScreenNodes.column;
import static hallq.kiosk.ui.ScreenNodes.label;

import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Pane;
import javafx.scene.layout.VBox;

/** The friendly fault screens: a pictogram, what happened in plain words, and what the citizen can do. */
final class FaultNodes {

    private FaultNodes() {
    }

    /** The panel under the banner while the kiosk is paused (paper out, printer down, controller away). */
    static Node pause(KioskState s, boolean upright) {
        Fault f = s.pause();
        VBox words = new VBox(label("pauseHeading", f.heading(), s.lang(), "fault-heading"),
                label("pauseAdvice", f.advice(), s.lang(), "fault-advice"));
        words.setMinWidth(0);
        Pane box = upright ? new VBox(24, Icons.node(f.icon(), 96, "fault-icon"), words)
                : new HBox(24, Icons.node(f.icon(), 72, "fault-icon"), words);
        box.setId("pausePanel");
        box.getStyleClass().addAll("fault-box", upright ? "upright" : "wide");
        return box;
    }

    /**
     * The refused screen: the headline, the controller's reason in plain words, what to do,
     * retry/home, and on a tall screen the {@code guide} to help (or null).
     */
    static Node refused(KioskState s, Button home, Button retry, Node guide) {
        Fault f = s.fault() == null ? Fault.REFUSED : s.fault();
        Label heading = label("heading", f == Fault.DAILY_CAP ? f.heading() : s.heading(), s.lang(), "heading warning");
        VBox box = column(Icons.node(f.icon(), guide == null ? 140 : 200, "fault-icon"), heading); // larger when tall
        if (s.message() != null) {
            box.getChildren().add(label("message", s.message(), s.lang(), "detail message"));
        }
        Label advice = label("advice", f.advice(), s.lang(), "fault-advice");
        VBox panel = new VBox(advice);
        panel.getStyleClass().add("advice-panel");
        box.getChildren().add(panel);
        HBox buttons = new HBox(24);
        buttons.setAlignment(Pos.CENTER);
        if (retry != null) {
            retry.getStyleClass().add("primary");
            buttons.getChildren().add(retry);
        }
        buttons.getChildren().add(home);
        box.getChildren().add(buttons);
        if (guide != null) {
            box.getChildren().add(guide);
        }
        return box;
    }
}
