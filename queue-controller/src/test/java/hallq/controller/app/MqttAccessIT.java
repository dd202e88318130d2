package hallq.controller.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import hallq.controller.mqttauth.MqttRole;
import hallq.controller.testing.TestHall;
import hallq.protocol.mqtt.MqttLogin;
import java.nio.file.Path;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.eclipse.paho.client.mqttv3.IMqttDeliveryToken;
import org.eclipse.paho.client.mqttv3.MqttAsyncClient;
import org.eclipse.paho.client.mqttv3.MqttCallback;
import org.eclipse.paho.client.mqttv3.MqttMessage;
import org.junit.jupiter.api.Test;

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

    @Test
    void aClientWhoseLoginIsRemovedOrRenewed_isDroppedWithinSeconds_othersStay() throws Exception {
        MqttLogin caller5 = TestHall.login(controller, "caller-5", MqttRole.CALLER, 5);
        MqttLogin board = TestHall.login(controller, "hall-board", MqttRole.BOARD, null);
        MqttAsyncClient removed = connect(caller5, "caller-5");
        MqttAsyncClient renewed = connect(board, "hall-board@screen-1");
        MqttAsyncClient kept = connect(TestHall.login(controller, "caller-6", MqttRole.CALLER, 6), "caller-6");
        CountDownLatch removedLost = lost(removed);
        CountDownLatch renewedLost = lost(renewed);
        CountDownLatch keptLost = lost(kept);

        long t0 = System.nanoTime();
        controller.mqttAccounts().remove("caller-5");
        String newPassword = controller.mqttAccounts().renew("hall-board");
        assertTrue(removedLost.await(10, TimeUnit.SECONDS), "the removed caller still connected after 10 s");
        assertTrue(renewedLost.await(10, TimeUnit.SECONDS), "the board with the old password still connected");
        System.out.printf("revoked logins dropped after %.1f s%n", (System.nanoTime() - t0) / 1e9);
        assertEquals(1, keptLost.getCount(), "a client whose login did not change was dropped");
        assertTrue(kept.isConnected());

        assertRefused(controller.brokerUrl(), "caller-5", "caller-5", caller5.password());
        assertRefused(controller.brokerUrl(), "hall-board", "hall-board", board.password());
        MqttAsyncClient again = connect(new MqttLogin("hall-board", newPassword), "hall-board@screen-1");
        assertTrue(again.isConnected());
        close(again);
        close(kept);
        removed.close(true);
        renewed.close(true);
    }

    private static CountDownLatch lost(MqttAsyncClient client) {
        CountDownLatch latch = new CountDownLatch(1);
        client.setCallback(new MqttCallback() {
            @Override
            public void connectionLost(Throwable cause) {
                latch.countDown();
            }

            @Override
            public void messageArrived(String topic, MqttMessage message) {
            }

            @Override
            public void deliveryComplete(IMqttDeliveryToken token) {
            }
        });
        return latch;
    }
}
