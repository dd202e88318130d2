package hallq.devices.gpio;

/**
 * The kiosk's physical help button (呼叫帮助). A press is delivered once to every listener, on
 * the adapter's own thread; listeners must return quickly.
 */
public interface HelpButton extends AutoCloseable {

    void onPress(Runnable listener);

    /** Stops listening; idempotent, never throws. */
    @Override
    void close();
}
