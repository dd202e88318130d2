package hallq.controller.app;

import hallq.controller.testing.Mosquitto;
import hallq.controller.testing.TestHall;
import java.nio.file.Path;

/** The same access control on Debian's mosquitto, with the files {@code ./hall controller mqtt-config} writes. */
class MosquittoAccessIT extends MqttAccessContract {
    private Mosquitto broker;

    @Override
    protected Controller startHall(Path data) throws Exception {
        broker = Mosquitto.forHall(data, "yunshan-center");
        return TestHall.start(data, clock, broker.url());
    }

    @Override
    protected void stopBroker() throws Exception {
        if (broker != null) {
            broker.close();
        }
    }
}
