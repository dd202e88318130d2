package hallq.devices.gpio;

/** A two-colour status lamp on top of a kiosk (green ready, red out of service). */
public interface StatusLamp extends AutoCloseable {

    /** Shows the colour; device trouble is logged by the adapter, never thrown. */
    void show(LampColour colour);

    LampColour showing();

    /** Switches the lamp off and releases it; idempotent, never throws. */
    @Override
    void close();
}
