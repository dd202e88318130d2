package hallq.devices.evaluator;

import hallq.devices.DeviceException;
import hallq.devices.DeviceListener;

/** The window evaluators (评价器) on one bus: prompt for a rating, receive ratings. */
public interface Evaluator extends AutoCloseable {

    /** Asks the evaluator of {@code window} to invite a rating for {@code ticket}. */
    void prompt(int window, String ticket) throws DeviceException;

    /** Starts delivering ratings; call once. */
    void listen(DeviceListener<Rating> listener);

    @Override
    void close();
}
