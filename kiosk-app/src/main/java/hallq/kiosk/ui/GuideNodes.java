package hallq.kiosk.ui;

import static hallq.kiosk.ui.ScreenNodes.label;

import hallq.kiosk.i18n.Lang;
import hallq.kiosk.i18n.ScreenTexts;
import hallq.kiosk.i18n.Text;
import hallq.kiosk.i18n.Texts;
import javafx.animation.Animation;
import javafx.animation.FadeTransition;
import javafx.animation.Interpolator;
import javafx.animation.KeyFrame;
import javafx.animation.KeyValue;
import javafx.animation.Timeline;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Pane;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.scene.transform.Scale;
import javafx.util.Duration;

/**
 * What the citizen does next, under the result on the tall portrait screen: after printing, where
 * to look and listen; after a refusal, where help is (with a button that calls staff); while
 * printing, a slip coming out of the printer and three dots, moving only when animated.
 */
final class GuideNodes {

    private static final double PRINTER_SIZE = 240;

    private final KioskViewModel vm;
    private final boolean animated;

    GuideNodes(KioskViewModel vm, boolean animated) {
        this.vm = vm;
        this.animated = animated;
    }

    /**
     * Printed: 请留意叫号屏和语音广播, then go to the window the screen shows; the pictogram above
     * the words ({@code upright}, beside the QR code) or to their left (under it).
     */
    Node nextSteps(Lang l, boolean upright) {
        Node icon = Icons.node(Icon.CALL_BOARD, 96, "ok-icon");
        VBox words = new VBox(12, label("nextWatch", ScreenTexts.NEXT_WATCH, l, "prompt-title"),
                label("nextWindow", ScreenTexts.NEXT_WINDOW, l, "detail"));
        words.setAlignment(Pos.CENTER_LEFT);
        words.setMinWidth(0);
        Pane box = upright ? new VBox(16, icon, words) : new HBox(32, icon, words);
        box.setId("nextSteps");
        box.setMinWidth(0);
        if (box instanceof HBox h) {
            h.setAlignment(Pos.CENTER_LEFT);
        }
        return box;
    }

    /** Refused: what the citizen can do — call staff to the kiosk (a large button), the service desk, the hotline. */
    Node help(KioskState s) {
        Lang l = s.lang();
        Node call;
        if (s.helpRaised()) {
            call = label("helpRaised", Texts.HELP_RAISED, l, "prompt-title");
        } else {
            Button b = ScreenNodes.button("callStaffButton", ScreenTexts.CALL_STAFF, l, vm::requestHelp);
            b.getStyleClass().add("primary");
            call = b;
        }
        VBox box = new VBox(24, label("youCan", ScreenTexts.YOU_CAN, l, "prompt-title"),
                option("helpStaff", Icon.HELP, ScreenTexts.HELP_STAFF, ScreenTexts.HELP_STAFF_HOW, l, call),
                option("helpDesk", Icon.ENQUIRY, ScreenTexts.HELP_DESK, ScreenTexts.HELP_DESK_HOW, l, null),
                option("helpHotline", Icon.PHONE, ScreenTexts.HELP_HOTLINE, ScreenTexts.HELP_HOTLINE_HOW, l, null));
        box.setId("helpGuide");
        box.getStyleClass().add("guide");
        box.setMaxWidth(Double.MAX_VALUE);
        return box;
    }

    /** One thing the citizen can do: a pictogram, what, how, and the button that does it (or null). */
    private static Node option(String id, Icon icon, Text what, Text how, Lang l, Node action) {
        VBox words = new VBox(8, label(id + "What", what, l, "option-title"), label(id + "How", how, l, "detail"));
        if (action != null) {
            words.getChildren().add(action);
        }
        words.setAlignment(Pos.CENTER_LEFT);
        words.setMinWidth(0);
        HBox row = new HBox(28, Icons.node(icon, 72, "heading-icon"), words);
        row.setAlignment(Pos.CENTER_LEFT);
        return row;
    }

    /** Working: a slip growing out of the printer, three dots, and what to do with the ticket; still unless animated. */
    Node printing(Text heading, Lang l) {
        VBox slip = new VBox(10, bar("slip-number"), bar("slip-line"), bar("slip-line"));
        slip.getStyleClass().add("working-slip");
        Scale grow = new Scale(1, 1, 0, 0); // from the printer's slot downwards
        slip.getTransforms().add(grow);
        // the slip comes out of the slot at 17/24 of the printer's height
        VBox printer = new VBox(-PRINTER_SIZE * 7 / 24, Icons.node(Icon.PRINTER, PRINTER_SIZE, "working-icon"), slip);
        printer.setAlignment(Pos.TOP_CENTER);
        HBox dots = new HBox(24);
        dots.setAlignment(Pos.CENTER);
        for (int i = 0; i < 3; i++) {
            Region dot = new Region();
            dot.getStyleClass().add("working-dot");
            dots.getChildren().add(dot);
            if (animated) {
                FadeTransition f = new FadeTransition(Duration.millis(600), dot);
                f.setFromValue(1);
                f.setToValue(0.2);
                f.setDelay(Duration.millis(200L * i));
                f.setAutoReverse(true);
                f.setCycleCount(Animation.INDEFINITE);
                f.play();
            }
        }
        if (animated) {
            Timeline t = new Timeline(new KeyFrame(Duration.ZERO, new KeyValue(grow.yProperty(), 0.2)),
                    new KeyFrame(Duration.millis(1800), new KeyValue(grow.yProperty(), 1, Interpolator.EASE_OUT)));
            t.setCycleCount(Animation.INDEFINITE);
            t.play();
        }
        VBox box = ScreenNodes.column(printer, label("heading", heading, l, "heading"), dots,
                label("workingHint", ScreenTexts.WORKING_HINT, l, "detail"));
        box.setAlignment(Pos.CENTER); // the view fits this short screen to the height: in the middle of it
        return box;
    }

    private static Region bar(String styleClass) {
        Region r = new Region();
        r.getStyleClass().add(styleClass);
        return r;
    }
}
