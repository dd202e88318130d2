package hallq.kiosk.ui;

import hallq.kiosk.i18n.Lang;
import hallq.kiosk.i18n.Text;
import hallq.kiosk.i18n.Texts;
import hallq.protocol.Priority;
import java.util.List;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.image.ImageView;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;

/** Builds the centre of each screen from a {@link KioskState}; buttons call the view model. */
final class ScreenNodes {

    private final KioskViewModel vm;

    private final KioskLayout layout;

    ScreenNodes(KioskViewModel vm, KioskLayout layout) {
        this.vm = vm;
        this.layout = layout;
    }

    Node build(KioskState s) {
        return switch (s.screen()) {
            case HOME -> home(s);
            case PRIORITY -> priority(s);
            case CHECK_IN -> checkIn(s);
            case WORKING -> column(label("heading", s.heading(), s.lang(), "heading"));
            case PRINTED, PRINT_FAILED, CONFIRM_GIVE_UP, GIVEN_UP -> ticket(s);
            case REFUSED -> refused(s);
        };
    }

    private Node home(KioskState s) {
        VBox box = new VBox(12);
        Button checkIn = button("checkInButton", Texts.CHECK_IN, s.lang(), vm::openCheckIn);
        checkIn.setDisable(!s.ready());
        box.getChildren().addAll(checkIn, label("heading", Texts.CHOOSE_SERVICE, s.lang(), "heading"));
        for (ZoneGroup zone : s.zones()) {
            box.getChildren().add(label("zone-" + zone.zone(), zone.title(), s.lang(), "zone-title"));
            FlowPane tiles = new FlowPane(12, 12);
            for (ServiceTile t : zone.services()) {
                tiles.getChildren().add(tile(t, s));
            }
            box.getChildren().add(tiles);
        }
        return box;
    }

    private Button tile(ServiceTile t, KioskState s) {
        String status = t.accepting() ? t.waiting().in(s.lang()) + "\n" + t.predictedWait().in(s.lang())
                : t.closedReason().in(s.lang());
        Button b = new Button(t.name().in(s.lang()) + "\n" + status);
        b.setId("service-" + t.id());
        b.getStyleClass().add("service-tile");
        b.setWrapText(true);
        if (!t.accepting() || !s.ready()) {
            b.getStyleClass().add("closed");
            b.setDisable(true);
        }
        b.setOnAction(e -> vm.choose(t.id()));
        return b;
    }

    private Node priority(KioskState s) {
        VBox box = column(label("heading", Texts.CHOOSE_PRIORITY, s.lang(), "heading"),
                label("selectedService", s.selected().name(), s.lang(), "service-name"));
        for (Priority p : List.of(Priority.NORMAL, Priority.GREEN_CHANNEL, Priority.URGENT)) {
            Button b = new Button(Texts.priority(p).in(s.lang()));
            b.setId("priority-" + p);
            b.getStyleClass().add("priority-button");
            b.setOnAction(e -> vm.take(p));
            box.getChildren().add(b);
        }
        box.getChildren().add(homeButton(s.lang()));
        return box;
    }

    private Node checkIn(KioskState s) {
        Label code = new Label(s.code().isEmpty() ? " " : s.code());
        code.setId("appointmentCode");
        code.getStyleClass().add("appointment-code");
        GridPane keys = new GridPane();
        keys.setHgap(8);
        keys.setVgap(8);
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
        ok.setDisable(!AppointmentCode.complete(s.code()));
        return column(label("heading", Texts.CHECK_IN, s.lang(), "heading"),
                label("checkInPrompt", Texts.CHECK_IN_PROMPT, s.lang(), "detail"), code, keys, ok, homeButton(s.lang()));
    }

    private Node ticket(KioskState s) {
        TicketCard t = s.ticket();
        Label number = new Label(t.number());
        number.setId("ticketNumber");
        number.getStyleClass().add("ticket-number");
        VBox details = column(number, label("ticketService", Text.of(t.serviceName(), t.serviceName()), s.lang(),
                "service-name"), label("peopleAhead", Text.of("您前面还有 " + t.peopleAhead() + " 人等候",
                t.peopleAhead() + " people ahead of you"), s.lang(), "detail"),
                label("ticketWait", t.predictedWait(), s.lang(), "detail"));
        VBox box = column(label("heading", s.heading(), s.lang(), "heading"));
        if (s.screen() == Screen.PRINT_FAILED || s.screen() == Screen.CONFIRM_GIVE_UP) {
            // the QR beside the number, so the buttons stay on screen without scrolling
            ImageView qr = new ImageView(QrImages.of(t.qrUrl(), layout.qrModulePixels));
            qr.setId("failedQr");
            HBox row = new HBox(24, details, qr);
            row.setAlignment(Pos.CENTER);
            box.getChildren().add(row);
        } else {
            box.getChildren().add(details);
        }
        if (s.message() != null) {
            box.getChildren().add(label("message", s.message(), s.lang(), "warning"));
        }
        switch (s.screen()) {
            case PRINT_FAILED -> box.getChildren().addAll(
                    button("keepButton", Text.of("我已拍照/记下号码", "I have noted my number"), s.lang(), vm::home),
                    button("giveUpButton", Text.of("不要此号", "I don't want this number"), s.lang(), vm::askGiveUp));
            case CONFIRM_GIVE_UP -> box.getChildren().addAll(label("question", Texts.GIVE_UP_QUESTION, s.lang(), "warning"),
                    button("confirmGiveUpButton", Text.of("确定放弃", "Yes, give it up"), s.lang(), vm::confirmGiveUp),
                    button("keepTicketButton", Text.of("保留此号", "No, keep it"), s.lang(), vm::keepTicket));
            default -> box.getChildren().add(homeButton(s.lang()));
        }
        return box;
    }

    private static Button button(String id, Text text, Lang lang, Runnable action) {
        Button b = new Button(text.in(lang));
        b.setId(id);
        b.getStyleClass().add("action-button");
        b.setOnAction(e -> action.run());
        return b;
    }

    private Node refused(KioskState s) {
        VBox box = column(label("heading", s.heading(), s.lang(), "heading warning"),
                label("message", s.message(), s.lang(), "detail"));
        if (s.canRetry()) {
            box.getChildren().add(button("retryButton", Text.of("重试", "Try again"), s.lang(), vm::retry));
        }
        box.getChildren().add(homeButton(s.lang()));
        return box;
    }

    private Button homeButton(Lang lang) {
        return button("homeButton", Text.of("返回首页", "Back to start"), lang, vm::home);
    }

    private static VBox column(Node... nodes) {
        VBox box = new VBox(16, nodes);
        box.setAlignment(Pos.TOP_CENTER);
        return box;
    }

    static Label label(String id, Text text, Lang lang, String styleClasses) {
        Label l = new Label(text == null ? "" : text.in(lang));
        l.setId(id);
        l.setWrapText(true);
        l.getStyleClass().addAll(styleClasses.split(" "));
        return l;
    }
}
