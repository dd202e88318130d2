package hallq.devices.printer;

/** The n of DLE EOT n, the real-time status request; see {@link PrinterStatus} for the bits. */
public enum StatusRequest {
    PRINTER(1), OFFLINE_CAUSE(2), ERROR_CAUSE(3), PAPER_SENSOR(4);

    public final int n;

    StatusRequest(int n) {
        this.n = n;
    }
}
