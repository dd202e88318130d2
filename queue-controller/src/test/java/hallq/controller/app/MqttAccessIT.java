package hallq.controller.app;

import hallq.controller.testing.TestHall;
import java.nio.file.Path;

/** Access control on the controller's embedded broker (Moquette). */
class MqttAccessIT extends MqttAccessContract {
    @Override
    protected Controller startHall(Path data) throws Exception {
        return TestHall.start(data, clock);
    }

    @Override
    protected void stopBroker() {
        // the controller stops its own broker
    }
}
