package hallq.kiosk.ui;

import static hallq.kiosk.ui.ScreenNodes.label;

import hallq.kiosk.i18n.Lang;
import hallq.kiosk.i18n.ScreenTexts;
import hallq.kiosk.i18n.Text;
import hallq.kiosk.i18n.Texts;
import java.util.List;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.ContentDisplay;
import javafx.scene.control.Label;
import javafx.scene.layout.ColumnConstraints;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;

/**
 * The home screen: the 爱心通道 and 预约签到 entries (a row on portrait, a side panel on landscape)
 * and the service tiles grouped by zone, each with its icon, name, people waiting and predicted wait;
 * in elderly mode one grid of larger tiles, in the same order, without the zone titles; under a card
 * holder's notice one grid of shorter tiles (name and predicted wait), so that the notice fits too.
 */
final class HomeNodes {

    private final KioskViewModel vm;
    private final KioskLayout layout;

    HomeNodes(KioskViewModel vm, KioskLayout layout) {
        this.vm = vm;
        this.layout = layout;
    }

    Node build(KioskState s) {
        Label heading = label("heading", s.greenChannel() ? ScreenTexts.GREEN_CHANNEL_CHOOSE : Texts.CHOOSE_SERVICE,
                s.lang(), s.greenChannel() ? "heading green-heading" : "heading");
        // paused: nothing to choose, the panel says why; under a card's notice the tiles speak for themselves
        VBox services = s.ready() && !s.noticeShown() ? new VBox(heading) : new VBox();
        services.getStyleClass().add("services");
        if (s.elderly() || s.noticeShown()) { // 适老模式 or a card's notice above: one grid, no zone titles, all fit
            services.getChildren().add(tiles(s.zones().stream().flatMap(z -> z.services().stream()).toList(), s));
        } else {
            for (ZoneGroup zone : s.zones()) {
                services.getChildren().addAll(label("zone-" + zone.zone(), zone.title(), s.lang(), "zone-title"),
                        tiles(zone.services(), s));
            }
        }
        Button green = entry("greenChannelButton", Icon.HEART,
                s.greenChannel() ? ScreenTexts.GREEN_CHANNEL_CANCEL : ScreenTexts.GREEN_CHANNEL,
                ScreenTexts.GREEN_CHANNEL_WHO, s.lang(), () -> vm.greenChannel(!s.greenChannel()));
        green.getStyleClass().add("green-entry");
        if (s.greenChannel()) {
            green.getStyleClass().add("on");
        }
        Button checkIn = entry("checkInButton", Icon.CALENDAR, Texts.CHECK_IN, ScreenTexts.CHECK_IN_WHO, s.lang(),
                vm::openCheckIn);
        checkIn.getStyleClass().add("check-in-entry");
        green.setDisable(!s.ready());
        checkIn.setDisable(!s.ready() || s.greenChannel());
        if (layout == KioskLayout.LANDSCAPE) {
            // paused: the side panel says why and what to do, in place of the entries
            VBox side = s.ready() || s.pause() == null ? new VBox(green, checkIn) : new VBox(FaultNodes.pause(s, true));
            side.getStyleClass().add("side-panel");
            HBox.setHgrow(services, Priority.ALWAYS);
            HBox box = new HBox(side, services);
            box.getStyleClass().add("home");
            return box;
        }
        if (!s.ready()) {
            VBox box = new VBox(services); // paused: the fault panel above says why, the entries would only be greyed
            box.getStyleClass().add("home");
            return box;
        }
        HBox entries = new HBox(green, checkIn);
        entries.getStyleClass().add("entries");
        HBox.setHgrow(green, Priority.ALWAYS);
        HBox.setHgrow(checkIn, Priority.ALWAYS);
        VBox box = new VBox(entries, services);
        box.getStyleClass().add("home");
        return box;
    }

    private Button entry(String id, Icon icon, Text title, Text who, Lang lang, Runnable action) {
        VBox words = new VBox(label(id + "Title", title, lang, "entry-title"), label(id + "Who", who, lang, "entry-who"));
        words.setAlignment(Pos.CENTER_LEFT);
        HBox graphic = new HBox(16, Icons.node(icon, layout == KioskLayout.COMPACT ? 32 : 56, "entry-icon"), words);
        graphic.setAlignment(Pos.CENTER_LEFT);
        Button b = new Button(title.in(lang));
        b.setId(id);
        b.getStyleClass().add("entry");
        b.setGraphic(graphic);
        b.setContentDisplay(ContentDisplay.GRAPHIC_ONLY);
        b.setMaxWidth(Double.MAX_VALUE);
        b.setOnAction(e -> action.run());
        return b;
    }

    private GridPane tiles(List<ServiceTile> services, KioskState s) {
        GridPane grid = new GridPane();
        grid.getStyleClass().add("tiles");
        for (int c = 0; c < layout.columns; c++) {
            ColumnConstraints cc = new ColumnConstraints();
            cc.setPercentWidth(100.0 / layout.columns);
            grid.getColumnConstraints().add(cc);
        }
        for (int i = 0; i < services.size(); i++) {
            grid.add(tile(services.get(i), s), i % layout.columns, i / layout.columns);
        }
        return grid;
    }

    private Button tile(ServiceTile t, KioskState s) {
        Lang l = s.lang();
        String status = t.accepting() ? t.waiting().in(l) + "\n" + t.predictedWait().in(l) : t.closedReason().in(l);
        VBox words = new VBox(label("name-" + t.id(), t.name(), l, "tile-name"));
        if (t.accepting() && s.noticeShown()) { // shorter tiles under a card's notice: the wait only
            words.getChildren().add(label("wait-" + t.id(), t.predictedWait(), l, "tile-wait"));
        } else if (t.accepting()) {
            words.getChildren().addAll(label("waiting-" + t.id(), t.waiting(), l, "tile-waiting"),
                    label("wait-" + t.id(), t.predictedWait(), l, "tile-wait"));
        } else {
            words.getChildren().add(label("closed-" + t.id(), t.closedReason(), l, "tile-closed"));
        }
        words.setAlignment(Pos.CENTER_LEFT);
        words.setMinWidth(0);
        HBox graphic = new HBox(16, Icons.node(t.icon(), layout == KioskLayout.COMPACT ? 36 : 64, "tile-icon"), words);
        graphic.setAlignment(Pos.CENTER_LEFT);
        Button b = new Button(t.name().in(l) + "\n" + status);
        b.setId("service-" + t.id());
        b.getStyleClass().add("service-tile");
        b.setGraphic(graphic);
        b.setContentDisplay(ContentDisplay.GRAPHIC_ONLY);
        b.setMaxWidth(Double.MAX_VALUE);
        b.setAlignment(Pos.CENTER_LEFT);
        if (s.greenChannel()) {
            b.getStyleClass().add("green");
        }
        if (!t.accepting() || !s.ready()) {
            b.getStyleClass().add("closed");
            b.setDisable(true);
        }
        b.setOnAction(e -> vm.choose(t.id()));
        return b;
    }
}
