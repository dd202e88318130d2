package hallq.kiosk.ui;

import hallq.kiosk.i18n.Lang;
import hallq.kiosk.i18n.Text;
import hallq.kiosk.i18n.Texts;
import javafx.application.Platform;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Parent;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;

/**
 * The kiosk screen: a top bar (hall name, 中文/English, 适老模式, 呼叫帮助) over the current
 * screen, redrawn on the FX thread from each {@link KioskState} the view model publishes.
 */
public final class KioskView {

    public static final double WIDTH = 1080;
    public static final double HEIGHT = 1920;

    private final BorderPane root = new BorderPane();
    private final KioskViewModel vm;
    private final ScreenNodes screens;
    private final Label banner = new Label();
    private final Button lang = new Button();
    private final Button elderly = new Button();
    private final Button help = new Button();
    private final HBox bar;
    private final Label card = new Label();
    private final Button clearCard = new Button();
    private final HBox cardRow = new HBox(12, card, clearCard);

    public KioskView(KioskViewModel vm, String hallName, String hallNameEn) {
        this(vm, hallName, hallNameEn, KioskLayout.COMPACT);
    }

    public KioskView(KioskViewModel vm, String hallName, String hallNameEn, KioskLayout layout) {
        this.vm = vm;
        this.screens = new ScreenNodes(vm, layout);
        root.getStyleClass().add(layout.styleClass);
        root.getStylesheets().add(KioskView.class.getResource("kiosk.css").toExternalForm());
        root.setStyle("-fx-font-family: '" + KioskFonts.family() + "';");
        root.getStyleClass().add("kiosk");
        root.setPadding(new Insets(24));
        Label hall = new Label(hallName);
        hall.setId("hallName");
        hall.getStyleClass().add("hall-name");
        hall.setMinWidth(0);
        hall.setUserData(Text.of(hallName, hallNameEn));
        lang.setId("langToggle");
        lang.setOnAction(e -> vm.toggleLanguage());
        elderly.setId("elderlyToggle");
        elderly.setOnAction(e -> vm.toggleElderlyMode());
        help.setId("helpButton");
        help.getStyleClass().add("help-button");
        help.setOnAction(e -> vm.requestHelp());
        Region spacer = new Region();
        HBox.setHgrow(spacer, Priority.ALWAYS);
        bar = new HBox(12, hall, spacer, lang, elderly, help);
        for (Button b : new Button[] {lang, elderly, help}) {
            b.setMinWidth(Region.USE_PREF_SIZE);
        }
        banner.setId("banner");
        banner.getStyleClass().add("banner");
        banner.setMaxWidth(Double.MAX_VALUE);
        card.setId("cardChip");
        card.getStyleClass().add("card-chip");
        clearCard.setId("clearCardButton");
        clearCard.setOnAction(e -> vm.clearCard());
        cardRow.setAlignment(Pos.CENTER_LEFT);
        root.setTop(new VBox(12, bar, banner, cardRow));
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

    public Parent root() {
        return root;
    }

    /**
     * For {@code --id-reader sim}: a top-bar button that presents a demo ID card, marked as
     * simulated so nobody takes it for the real reader.
     */
    public void addSimulatedCardButton(Runnable present) {
        Button sim = new Button("模拟读卡（演示）");
        sim.setId("simCardButton");
        sim.setMinWidth(Region.USE_PREF_SIZE);
        sim.setOnAction(e -> present.run());
        bar.getChildren().add(bar.getChildren().size() - 3, sim);
    }

    /** A keyboard or a code scanner in keyboard mode types the appointment code; Enter submits it. */
    private void keyPressed(KeyEvent e) {
        if (vm.state().screen() != Screen.CHECK_IN) {
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
        if (vm.state().screen() == Screen.CHECK_IN && e.getCharacter().length() == 1
                && Character.isLetterOrDigit(e.getCharacter().charAt(0))) {
            vm.typeCode(e.getCharacter().charAt(0));
            e.consume();
        }
    }

    void show(KioskState s) {
        root.getStyleClass().removeAll("elderly");
        if (s.elderly()) {
            root.getStyleClass().add("elderly");
        }
        Label hall = (Label) ((HBox) ((VBox) root.getTop()).getChildren().get(0)).getChildren().get(0);
        hall.setText(((Text) hall.getUserData()).in(s.lang()));
        lang.setText(s.lang() == Lang.ZH ? "English" : "中文");
        elderly.setText(Text.of(s.elderly() ? "标准模式" : "适老模式（大字）",
                s.elderly() ? "Standard view" : "Large text").in(s.lang()));
        help.setText(Text.of(s.helpRaised() ? "已呼叫工作人员" : "呼叫帮助", s.helpRaised() ? "Staff called" : "Call for help")
                .in(s.lang()));
        card.setText(s.maskedId() == null ? "" : Texts.CARD_READ.in(s.lang()) + "  " + s.maskedId());
        clearCard.setText(Text.of("清除", "Remove").in(s.lang()));
        cardRow.setVisible(s.maskedId() != null);
        cardRow.setManaged(s.maskedId() != null);
        banner.setText(s.banner() == null ? "" : s.banner().in(s.lang()));
        banner.setVisible(s.banner() != null);
        banner.setManaged(s.banner() != null);
        ScrollPane scroll = new ScrollPane(screens.build(s));
        scroll.setFitToWidth(true);
        scroll.getStyleClass().add("screen");
        VBox.setVgrow(scroll, Priority.ALWAYS);
        root.setCenter(scroll);
    }
}
