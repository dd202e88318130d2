package hallq.kiosk.ui;

import hallq.kiosk.i18n.Lang;
import hallq.kiosk.i18n.ScreenTexts;
import hallq.kiosk.i18n.Text;
import hallq.kiosk.i18n.Texts;
import hallq.protocol.Priority;
import java.util.List;
import javafx.animation.Animation;
import javafx.animation.TranslateTransition;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.ContentDisplay;
import javafx.scene.control.Label;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Region;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
import javafx.util.Duration;

/** Builds the centre of each screen from a {@link KioskState}; buttons call the view model. */
final class ScreenNodes {

    private final KioskViewModel vm;
    private final KioskLayout layout;
    private final boolean animated;
    private final HomeNodes home;
    private final TicketNodes tickets;
    private final GuideNodes guides;

    ScreenNodes(KioskViewModel vm, KioskLayout layout, boolean animated) {
        this.vm = vm;
        this.layout = layout;
        this.animated = animated;
        this.home = new HomeNodes(vm, layout);
        this.guides = new GuideNodes(vm, animated);
        this.tickets = new TicketNodes(vm, layout, guides);
    }

    Node build(KioskState s) {
        return switch (s.screen()) {
            case HOME -> home.build(s);
            case PRIORITY -> priority(s);
            case CHECK_IN -> checkIn(s);
            case WORKING -> layout == KioskLayout.COMPACT ? column(Icons.node(Icon.PRINTER, 120, "working-icon"),
                    label("heading", s.heading(), s.lang(), "heading")) : guides.printing(s.heading(), s.lang());
            case PRINTED, PRINT_FAILED, CONFIRM_GIVE_UP, GIVEN_UP -> tickets.build(s);
            case REFUSED -> FaultNodes.refused(s, homeButton(s.lang()),
                    s.canRetry() ? button("retryButton", Text.of("重试", "Try again"), s.lang(), vm::retry) : null,
                    layout == KioskLayout.PORTRAIT ? guides.help(s) : null);
        };
    }

    private Node priority(KioskState s) {
        Label service = label("selectedService", s.selected().name(), s.lang(), "service-name");
        service.setGraphic(Icons.node(s.selected().icon(), 56, "tile-icon"));
        VBox box = column(label("heading", Texts.CHOOSE_PRIORITY, s.lang(), "heading"), service);
        if (s.askForCard()) {
            box.getChildren().add(cardPrompt(s.lang()));
        }
        for (Priority p : List.of(Priority.NORMAL, Priority.GREEN_CHANNEL, Priority.URGENT)) {
            Button b = new Button(Texts.priority(p).in(s.lang()));
            b.setId("priority-" + p);
            b.getStyleClass().addAll("priority-button", "priority-" + p.name().toLowerCase());
            b.setWrapText(true);
            b.setOnAction(e -> vm.take(p));
            box.getChildren().add(b);
        }
        box.getChildren().add(homeButton(s.lang()));
        return box;
    }

    /** 请将身份证放在读卡区: a card that moves down onto the reader, over and over. */
    private Node cardPrompt(Lang lang) {
        StackPane cardIcon = Icons.node(Icon.ID_CARD, 96, "prompt-card");
        Region reader = new Region();
        reader.getStyleClass().add("prompt-reader");
        VBox picture = new VBox(4, cardIcon, reader);
        picture.setAlignment(Pos.CENTER);
        picture.setMinWidth(Region.USE_PREF_SIZE);
        if (animated) {
            TranslateTransition t = new TranslateTransition(Duration.millis(1200), cardIcon);
            t.setFromY(-16);
            t.setToY(8);
            t.setAutoReverse(true);
            t.setCycleCount(Animation.INDEFINITE);
            t.play();
        }
        VBox words = new VBox(4, label("cardPrompt", ScreenTexts.PUT_CARD, lang, "prompt-title"),
                label("cardPromptWhy", ScreenTexts.PUT_CARD_WHY, lang, "detail"));
        words.setAlignment(Pos.CENTER_LEFT);
        HBox prompt = new HBox(24, picture, words);
        prompt.setId("cardPromptBox");
        prompt.getStyleClass().add("card-prompt");
        prompt.setAlignment(Pos.CENTER_LEFT);
        return prompt;
    }

    private Node checkIn(KioskState s) {
        Label code = new Label(s.code().isEmpty() ? " " : s.code());
        code.setId("appointmentCode");
        code.getStyleClass().add("appointment-code");
        GridPane keys = new GridPane();
        keys.getStyleClass().add("keypad");
        keys.setAlignment(Pos.CENTER);
        for (int i = 0; i < AppointmentCode.KEYS.length(); i++) {
            char c = AppointmentCode.KEYS.charAt(i);
            Button key = new Button(String.valueOf(c));
            key.setId("key-" + c);
            key.getStyleClass().add("key");
            key.setOnAction(e -> vm.typeCode(c));
            keys.add(key, i % 8, i / 8);
        }
        Button delete = button("key-delete", Text.of("删除", "Delete"), s.lang(), vm::deleteCode);
        delete.getStyleClass().setAll("button", "key");
        keys.add(delete, 6, 4, 2, 1);
        delete.setMaxWidth(Double.MAX_VALUE);
        Button ok = button("checkInSubmit", Text.of("签到取号", "Check in"), s.lang(), vm::submitCheckIn);
        ok.getStyleClass().add("primary");
        ok.setDisable(!AppointmentCode.complete(s.code()));
        Label heading = label("heading", Texts.CHECK_IN, s.lang(), "heading");
        heading.setGraphic(Icons.node(Icon.CALENDAR, 56, "heading-icon"));
        Label prompt = label("checkInPrompt", Texts.CHECK_IN_PROMPT, s.lang(), "detail");
        if (layout == KioskLayout.LANDSCAPE) { // side by side: the keypad keeps its size on the low screen
            return column(heading, prompt, code, keys, row(ok, homeButton(s.lang())));
        }
        return column(heading, prompt, code, keys, ok, homeButton(s.lang()));
    }

    static Button button(String id, Text text, Lang lang, Runnable action) {
        Button b = new Button(text.in(lang));
        b.setId(id);
        b.getStyleClass().add("action-button");
        b.setWrapText(true);
        b.setOnAction(e -> action.run());
        return b;
    }

    Button homeButton(Lang lang) {
        return button("homeButton", Text.of("返回首页", "Back to start"), lang, vm::home);
    }

    /** Buttons side by side, centred. */
    static HBox row(Node... buttons) {
        HBox r = new HBox(24, buttons);
        r.setAlignment(Pos.CENTER);
        return r;
    }

    static VBox column(Node... nodes) {
        VBox box = new VBox(nodes);
        box.getStyleClass().add("column");
        box.setAlignment(Pos.TOP_CENTER);
        return box;
    }

    static Label label(String id, Text text, Lang lang, String styleClasses) {
        Label l = new Label(text == null ? "" : text.in(lang));
        l.setId(id);
        l.setWrapText(true);
        l.setContentDisplay(ContentDisplay.LEFT);
        l.getStyleClass().addAll(styleClasses.split(" "));
        return l;
    }
}
