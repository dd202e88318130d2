package hallq.kiosk.ui;

import hallq.kiosk.flow.Attempt;
import hallq.kiosk.i18n.Lang;
import hallq.kiosk.i18n.ScreenTexts;
import hallq.kiosk.i18n.Text;
import hallq.kiosk.i18n.Texts;
import java.util.List;
import javafx.application.Platform;
import javafx.geometry.Pos;
import javafx.scene.Parent;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Pane;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;

/**
 * The kiosk screen: a header (hall name, date and time), a tool row (ID card read, 中文/English,
 * 适老模式, 呼叫帮助), the pause banner, the ID card read (masked, 清除) with the holder's notice (home,
 * priority and check-in screens), the current screen and a footer with the hotline; redrawn
 * on the FX thread from each {@link KioskState} the view model publishes.
 */
public final class KioskView {

    public static final double WIDTH = 1080;
    public static final double HEIGHT = 1920;

    private final BorderPane root = new BorderPane();
    private final KioskViewModel vm;
    /** What a keyboard or code scanner typed since the last Enter. */
    private final StringBuilder scanned = new StringBuilder();
    private final KioskLayout layout;
    private final ScreenNodes screens;
    private final Text hallName;
    private final Label hall = new Label();
    private final Label clockTime = new Label();
    private final Label clockDate = new Label();
    private final Label banner = new Label();
    private final VBox pausePanel = new VBox();
    /** The card holder's appointments and handovers today, one line each (PersonNotice). */
    private final VBox noticeLines = new VBox(2);
    private final HBox notice = new HBox(16);
    /** Under the header while a card is read: the masked number with 清除, then the notice. */
    private final VBox cardPanel = new VBox(4);
    private final Button lang = new Button();
    private final Button elderly = new Button();
    private final Button help = new Button();
    private final HBox tools;
    private final Label card = new Label();
    private final Button clearCard = new Button();
    private final HBox cardRow = new HBox(12, card, clearCard);
    private final Label hotline = new Label();
    private final Label hint = new Label();

    public KioskView(KioskViewModel vm, String hallName, String hallNameEn) {
        this(vm, hallName, hallNameEn, KioskLayout.COMPACT);
    }

    public KioskView(KioskViewModel vm, String hallName, String hallNameEn, KioskLayout layout) {
        this(vm, hallName, hallNameEn, layout, true);
    }

    /** {@code animated} false: still frames (the ID card prompt does not move), for reproducible renders. */
    public KioskView(KioskViewModel vm, String hallName, String hallNameEn, KioskLayout layout, boolean animated) {
        this.vm = vm;
        this.layout = layout;
        this.hallName = Text.of(hallName, hallNameEn);
        this.screens = new ScreenNodes(vm, layout, animated);
        root.getStyleClass().addAll("kiosk", layout.styleClass);
        root.getStylesheets().add(KioskView.class.getResource("kiosk.css").toExternalForm());
        root.setStyle("-fx-font-family: '" + KioskFonts.family() + "';");
        hall.setId("hallName");
        hall.getStyleClass().add("hall-name");
        hall.setMinWidth(0);
        clockTime.setId("clockTime");
        clockTime.getStyleClass().add("clock-time");
        clockDate.setId("clockDate");
        clockDate.getStyleClass().add("clock-date");
        VBox clock = new VBox(0, clockTime, clockDate);
        clock.setAlignment(Pos.CENTER_RIGHT);
        clock.setMinWidth(Region.USE_PREF_SIZE);
        hall.setWrapText(true);
        HBox header = new HBox(16, Icons.node(Icon.HALL, layout == KioskLayout.COMPACT ? 36 : 64, "header-icon"), hall,
                spacer(), clock);
        header.getStyleClass().add("header");
        header.setAlignment(Pos.CENTER_LEFT);
        lang.setId("langToggle");
        lang.setOnAction(e -> vm.toggleLanguage());
        elderly.setId("elderlyToggle");
        elderly.setOnAction(e -> vm.toggleElderlyMode());
        help.setId("helpButton");
        help.getStyleClass().add("help-button");
        help.setGraphic(Icons.node(Icon.HELP, 32, "help-icon"));
        help.setOnAction(e -> vm.requestHelp());
        card.setId("cardChip");
        card.getStyleClass().add("card-chip");
        card.setGraphic(Icons.node(Icon.ID_CARD, 32, "chip-icon"));
        clearCard.setId("clearCardButton");
        clearCard.getStyleClass().add("tool-button");
        clearCard.setOnAction(e -> vm.clearCard());
        cardRow.setAlignment(Pos.CENTER_LEFT);
        tools = new HBox(12, spacer(), lang, elderly, help);
        tools.getStyleClass().add("tools");
        tools.setAlignment(Pos.CENTER_RIGHT);
        for (Button b : new Button[] {lang, elderly, help, clearCard}) {
            b.setMinWidth(Region.USE_PREF_SIZE);
            b.getStyleClass().add("tool-button");
        }
        banner.setId("banner");
        banner.getStyleClass().add("banner");
        banner.setMaxWidth(Double.MAX_VALUE);
        pausePanel.getStyleClass().add("pause-panel");
        notice.setId("personNotice");
        notice.getStyleClass().add("person-notice");
        notice.setAlignment(Pos.CENTER_LEFT);
        notice.getChildren().setAll(Icons.node(Icon.CALENDAR, layout == KioskLayout.COMPACT ? 32 : 48, "notice-icon"),
                noticeLines);
        cardPanel.getChildren().setAll(cardRow, notice);
        cardPanel.getStyleClass().add("card-panel");
        if (layout == KioskLayout.LANDSCAPE) {
            header.getChildren().add(3, tools); // a wide screen has room for the tools beside the hall name
            root.setTop(new VBox(0, header, banner, cardPanel, pausePanel));
        } else {
            root.setTop(new VBox(0, header, tools, banner, cardPanel, pausePanel));
        }
        hotline.getStyleClass().add("footer-text");
        hotline.setMinWidth(Region.USE_PREF_SIZE);
        hint.getStyleClass().add("footer-text");
        hint.setMinWidth(0);
        HBox footer = new HBox(24, hotline, spacer(), hint);
        footer.getStyleClass().add("footer");
        footer.setAlignment(Pos.CENTER_LEFT);
        if (layout != KioskLayout.COMPACT) {
            root.setBottom(footer);
        }
        root.addEventFilter(KeyEvent.KEY_PRESSED, this::keyPressed);
        root.addEventFilter(KeyEvent.KEY_TYPED, this::keyTyped);
        vm.subscribe(s -> {
            if (Platform.isFxApplicationThread()) {
                show(s);
            } else {
                Platform.runLater(() -> show(vm.state()));
            }
        });
    }

    private static Region spacer() {
        Region r = new Region();
        HBox.setHgrow(r, Priority.ALWAYS);
        return r;
    }

    public Parent root() {
        return root;
    }

    /**
     * For {@code --id-reader sim}: a tool-row button that presents a demo ID card, marked as
     * simulated so nobody takes it for the real reader.
     */
    public void addSimulatedCardButton(Runnable present) {
        Button sim = new Button("模拟读卡（演示）");
        sim.setId("simCardButton");
        sim.getStyleClass().add("tool-button");
        sim.setMinWidth(Region.USE_PREF_SIZE);
        sim.setOnAction(e -> present.run());
        tools.getChildren().add(tools.getChildren().size() - 3, sim);
    }

    /**
     * A keyboard or a code scanner in keyboard mode types the appointment code; Enter submits it. A
     * scanned 收件通知书 QR code (its address, then Enter) takes the result's pickup ticket instead,
     * on the home screen too.
     */
    private void keyPressed(KeyEvent e) {
        Screen screen = vm.state().screen();
        if (e.getCode() == KeyCode.ENTER && (screen == Screen.HOME || screen == Screen.CHECK_IN)) {
            String text = scanned.toString();
            scanned.setLength(0);
            if (Attempt.handoverToken(text) != null) {
                vm.scanned(text);
                e.consume();
                return;
            }
        }
        if (screen != Screen.CHECK_IN) {
            return;
        }
        if (e.getCode() == KeyCode.ENTER) {
            vm.submitCheckIn();
            e.consume();
        } else if (e.getCode() == KeyCode.BACK_SPACE) {
            vm.deleteCode();
            e.consume();
        }
    }

    private void keyTyped(KeyEvent e) {
        String c = e.getCharacter();
        if (c.length() == 1 && c.charAt(0) >= ' ' && scanned.length() < 300) {
            scanned.append(c);
        }
        if (vm.state().screen() == Screen.CHECK_IN && e.getCharacter().length() == 1
                && Character.isLetterOrDigit(e.getCharacter().charAt(0))) {
            vm.typeCode(e.getCharacter().charAt(0));
            e.consume();
        }
    }

    void show(KioskState s) {
        root.getStyleClass().removeAll("elderly", "en");
        if (s.elderly()) {
            root.getStyleClass().add("elderly");
        }
        if (s.lang() == Lang.EN) {
            root.getStyleClass().add("en"); // English runs longer: a size smaller where space is tight
        }
        Lang l = s.lang();
        hall.setText(hallName.in(l));
        clockTime.setText(s.now() == null ? "" : ScreenTexts.time(s.now()).in(l));
        clockDate.setText(s.now() == null ? "" : ScreenTexts.date(s.now()).in(l));
        lang.setText(l == Lang.ZH ? "English" : "中文");
        elderly.setText(Text.of(s.elderly() ? "标准模式" : "适老模式（大字）", s.elderly() ? "Standard view" : "Large text")
                .in(l));
        help.setText(Text.of(s.helpRaised() ? "已呼叫工作人员" : "呼叫帮助", s.helpRaised() ? "Staff called" : "Call for help")
                .in(l));
        card.setText(s.maskedId() == null ? "" : Texts.CARD_READ.in(l) + "  " + s.maskedId());
        clearCard.setText(Text.of("清除", "Remove").in(l));
        show(cardPanel, s.maskedId() != null);
        banner.setText(s.banner() == null ? "" : s.banner().in(l));
        show(banner, s.banner() != null);
        boolean noticed = s.noticeShown();
        root.getStyleClass().remove("noticed");
        if (noticed) {
            root.getStyleClass().add("noticed"); // the home's tiles make room for it
        }
        noticeLines.getChildren().setAll(!noticed ? List.of() : s.notice().lines().stream().map(t -> noticeLine(t.in(l)))
                .toList());
        show(notice, noticed);
        boolean paused = s.pause() != null && s.screen() == Screen.HOME && layout != KioskLayout.LANDSCAPE;
        pausePanel.getChildren().setAll(paused ? FaultNodes.pause(s, false) : new Pane());
        show(pausePanel, paused);
        hotline.setText(ScreenTexts.HOTLINE.in(l));
        hint.setText(ScreenTexts.TOUCH_HINT.in(l));
        ScrollPane scroll = new ScrollPane(screens.build(s));
        scroll.setFitToWidth(true);
        scroll.setFitToHeight(s.screen() == Screen.WORKING); // short: centred on the screen, not at its top
        scroll.getStyleClass().add("screen");
        root.setCenter(scroll);
    }

    private static Label noticeLine(String text) {
        Label line = new Label(text);
        line.getStyleClass().add("notice-line");
        line.setWrapText(true);
        return line;
    }

    private static void show(Region node, boolean visible) {
        node.setVisible(visible);
        node.setManaged(visible);
    }
}
