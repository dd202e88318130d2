package hallq.sim.devices;

import hallq.devices.DeviceListener;
import hallq.devices.frame.DecodeError;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

/** Records what a device port delivers, for assertions. */
final class RecordingListener<E> implements DeviceListener<E> {

    final List<E> events = new CopyOnWriteArrayList<>();
    final List<DecodeError> errors = new CopyOnWriteArrayList<>();

    @Override
    public void onEvent(E event) {
        events.add(event);
    }

    @Override
    public void onDecodeError(DecodeError error) {
        errors.add(error);
    }
}
