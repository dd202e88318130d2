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
import javafx.scene.layout.VBox;

/** Builds the centre of each screen from a {@link KioskState}; buttons call the view model. */
final class ScreenNodes {

    private final KioskViewModel vm;

    ScreenNodes(KioskViewModel vm) {
        this.vm = vm;
    }

    Node build(KioskState s) {
        return switch (s.screen()) {
            case HOME -> home(s);
            case PRIORITY -> priority(s);
            case WORKING -> column(label("heading", s.heading(), s.lang(), "heading"));
            case PRINTED, PRINT_FAILED -> ticket(s);
            case REFUSED -> refused(s);
        };
    }

    private Node home(KioskState s) {
        VBox box = new VBox(12);
        box.getChildren().add(label("heading", Texts.CHOOSE_SERVICE, s.lang(), "heading"));
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

    private Node ticket(KioskState s) {
        TicketCard t = s.ticket();
        VBox box = column(label("heading", s.heading(), s.lang(), "heading"));
        Label number = new Label(t.number());
        number.setId("ticketNumber");
        number.getStyleClass().add("ticket-number");
        box.getChildren().addAll(number, label("ticketService", Text.of(t.serviceName(), t.serviceName()), s.lang(),
                "service-name"), label("peopleAhead", Text.of("您前面还有 " + t.peopleAhead() + " 人等候",
                t.peopleAhead() + " people ahead of you"), s.lang(), "detail"),
                label("ticketWait", t.predictedWait(), s.lang(), "detail"));
        if (s.screen() == Screen.PRINT_FAILED) {
            box.getChildren().add(1, label("message", s.message(), s.lang(), "warning"));
            ImageView qr = new ImageView(QrImages.of(t.qrUrl(), 8));
            qr.setId("failedQr");
            box.getChildren().add(qr);
        }
        box.getChildren().add(homeButton(s.lang()));
        return box;
    }

    private Node refused(KioskState s) {
        VBox box = column(label("heading", s.heading(), s.lang(), "heading warning"),
                label("message", s.message(), s.lang(), "detail"));
        if (s.canRetry()) {
            Button retry = new Button(Text.of("重试", "Try again").in(s.lang()));
            retry.setId("retryButton");
            retry.setOnAction(e -> vm.retry());
            box.getChildren().add(retry);
        }
        box.getChildren().add(homeButton(s.lang()));
        return box;
    }

    private Button homeButton(Lang lang) {
        Button home = new Button(Text.of("返回首页", "Back to start").in(lang));
        home.setId("homeButton");
        home.setOnAction(e -> vm.home());
        return home;
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
