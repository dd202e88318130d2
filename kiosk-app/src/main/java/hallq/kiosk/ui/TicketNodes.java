package hallq.kiosk.ui;

import static hallq.kiosk.ui.ScreenNodes.button;
import static hallq.kiosk.ui.ScreenNodes.column;
import static hallq.kiosk.ui.ScreenNodes.label;
import static hallq.kiosk.ui.ScreenNodes.row;

import hallq.kiosk.i18n.Lang;
import hallq.kiosk.i18n.ScreenTexts;
import hallq.kiosk.i18n.Text;
import hallq.kiosk.i18n.Texts;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.image.ImageView;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Pane;
import javafx.scene.layout.VBox;

/**
 * The screens of an issued ticket: printed (number, service, the zone to wait in, people ahead,
 * predicted wait, the QR code of the citizen's progress page, a countdown home), not printed
 * (the same, to photograph), give up?, given up.
 */
final class TicketNodes {

    private final KioskViewModel vm;
    private final KioskLayout layout;
    private final GuideNodes guides;

    TicketNodes(KioskViewModel vm, KioskLayout layout, GuideNodes guides) {
        this.vm = vm;
        this.layout = layout;
        this.guides = guides;
    }

    Node build(KioskState s) {
        TicketCard t = s.ticket();
        Lang l = s.lang();
        boolean ok = s.screen() == Screen.PRINTED;
        boolean unprinted = s.screen() == Screen.PRINT_FAILED || s.screen() == Screen.CONFIRM_GIVE_UP;
        Label heading = label("heading", s.heading(), l, ok ? "heading ok-heading" : "heading warning");
        heading.setGraphic(Icons.node(ok ? Icon.CHECK : unprinted ? Icon.PAPER_OUT : Icon.DOCUMENT,
                layout == KioskLayout.COMPACT ? 32 : 56, ok ? "ok-icon" : "warning-icon"));
        Label number = new Label(t.number());
        number.setId("ticketNumber");
        number.getStyleClass().add("ticket-number");
        number.setMinWidth(Label.USE_PREF_SIZE);
        VBox details = new VBox(label("numberCaption", Text.of("您的号码", "Your number"), l, "caption"), number,
                label("ticketService", Text.of(t.serviceName(), t.serviceName()), l, "service-name"));
        if (t.area() != null && s.screen() != Screen.GIVEN_UP) {
            details.getChildren().add(label("waitArea", ScreenTexts.waitIn(t.area()), l, "wait-area"));
        }
        details.getChildren().addAll(label("peopleAhead", ScreenTexts.peopleAhead(t.peopleAhead()), l, "detail"),
                label("ticketWait", t.predictedWait(), l, "detail"));
        details.getStyleClass().add("ticket-details");
        details.setAlignment(Pos.CENTER);
        VBox box = column(heading);
        // the tall screen has room for what happens next: under a larger QR code, or beside it in large text
        boolean tall = ok && layout == KioskLayout.PORTRAIT;
        Node qr = !ok && !unprinted ? null : qr(t, l, ok ? "ticketQr" : "failedQr",
                !tall ? QrStyle.PLAIN : s.elderly() ? QrStyle.BESIDE : QrStyle.LARGE);
        if (qr == null) {
            box.getChildren().add(panel(details));
        } else if (tall && s.elderly()) {
            box.getChildren().addAll(panel(details), panel(new HBox(40, qr, guides.nextSteps(l, true))));
        } else if (tall) {
            box.getChildren().addAll(panel(details), panel(qr), panel(guides.nextSteps(l, false)));
        } else if (layout == KioskLayout.PORTRAIT) {
            box.getChildren().addAll(panel(details), panel(qr));
        } else {
            box.getChildren().add(panel(new HBox(48, details, qr)));
        }
        if (s.message() != null) {
            box.getChildren().add(label("message", s.message(), l, "warning message"));
        }
        switch (s.screen()) {
            case PRINT_FAILED -> box.getChildren().add(row(
                    button("keepButton", Text.of("我已拍照/记下号码", "I have noted my number"), l, vm::home),
                    button("giveUpButton", Text.of("不要此号", "I don't want this number"), l, vm::askGiveUp)));
            case CONFIRM_GIVE_UP -> box.getChildren().addAll(label("question", Texts.GIVE_UP_QUESTION, l, "warning"),
                    row(button("confirmGiveUpButton", Text.of("确定放弃", "Yes, give it up"), l, vm::confirmGiveUp),
                            button("keepTicketButton", Text.of("保留此号", "No, keep it"), l, vm::keepTicket)));
            default -> {
                if (s.countdown() != null) {
                    box.getChildren().add(label("countdown", ScreenTexts.countdown(s.countdown()), l, "countdown"));
                }
                box.getChildren().add(button("homeButton", Text.of("返回首页", "Back to start"), l, vm::home));
            }
        }
        return box;
    }

    /** PLAIN: the layout's size; LARGE: bigger, with what scanning is for; BESIDE: the caption no wider than the code. */
    private enum QrStyle { PLAIN, LARGE, BESIDE }

    /** The QR code of {@code {publicBaseUrl}/t/{token}}, the same the slip carries, with what it is for. */
    private Node qr(TicketCard t, Lang l, String id, QrStyle style) {
        boolean large = style == QrStyle.LARGE;
        ImageView image = new ImageView(QrImages.of(t.qrUrl(), layout.qrModulePixels + (large ? 2 : 0)));
        image.setId(id);
        Label caption = label("qrCaption", ScreenTexts.SCAN_PROGRESS, l, "qr-caption");
        caption.setGraphic(Icons.node(Icon.QR, large ? 44 : 32, "qr-icon"));
        VBox box = new VBox(8, image, caption);
        if (large) {
            box.getChildren().add(label("qrWhy", ScreenTexts.SCAN_PROGRESS_WHY, l, "detail"));
        }
        if (style == QrStyle.BESIDE) {
            caption.setMaxWidth(image.getImage().getWidth());
        }
        box.setAlignment(Pos.CENTER);
        box.setMinWidth(Pane.USE_PREF_SIZE);
        return box;
    }

    private static VBox panel(Node content) {
        VBox p = new VBox(content);
        p.getStyleClass().add("panel");
        p.setAlignment(Pos.CENTER);
        p.setMaxWidth(Double.MAX_VALUE);
        if (content instanceof HBox h) {
            h.setAlignment(Pos.CENTER);
        }
        return p;
    }
}
