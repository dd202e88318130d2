package hallq.sim.demo;

import hallq.board.render.HallScreenViewModel;
import hallq.board.render.fx.FxPlatform;
import hallq.board.render.fx.HallScreenView;
import hallq.kiosk.ui.KioskView;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.atomic.AtomicBoolean;
import javafx.application.Platform;
import javafx.scene.Scene;
import javafx.stage.Stage;

/**
 * With a display: the JavaFX kiosk (kiosk-1, the same view model the crowd touches) and the hall
 * screen, in windows. Closing either window stops the demo.
 */
final class FxWindows {
    private FxWindows() {
    }

    static void open(Demo demo, CountDownLatch stop) {
        FxPlatform.start();
        KioskStation kiosk = demo.kiosks().get(0);
        HallScreenView hall = FxPlatform.call(HallScreenView::new);
        AtomicBoolean pending = new AtomicBoolean();
        FxPlatform.call(() -> {
            String name = demo.config().hall().name();
            Stage k = new Stage();
            k.setTitle(name + " — " + kiosk.id() + " (demo, simulated printer)");
            k.setScene(new Scene(new KioskView(kiosk.viewModel(), name, demo.config().hall().nameEn()).root(),
                    KioskView.WIDTH / 2, KioskView.HEIGHT / 2));
            k.setOnHidden(e -> stop.countDown());
            k.show();
            Stage h = new Stage();
            h.setTitle(name + " — hall board (demo)");
            h.setScene(new Scene(hall.root(), HallScreenView.WIDTH / 2, HallScreenView.HEIGHT / 2));
            h.setOnHidden(e -> stop.countDown());
            hall.show(demo.board().viewModel());
            h.show();
            return h;
        });
        demo.board().store().listen((before, after) -> {
            if (pending.compareAndSet(false, true)) { // at most one redraw per pulse
                Platform.runLater(() -> {
                    pending.set(false);
                    HallScreenViewModel vm = demo.board().viewModel();
                    hall.show(vm);
                });
            }
        });
    }
}
