package hallq.controller.core;

/**
 * A predicted wait in minutes: the expected value and the 90th percentile; the windows serving the
 * service, and how many departures from them the wait lasts (citizens ahead + 1 − idle windows).
 */
public record Prediction(double meanMinutes, double p90Minutes, double servingWindows, double departures) {
    public static final Prediction NO_WINDOW = new Prediction(Double.NaN, Double.NaN, 0, 0);

    public boolean known() {
        return !Double.isNaN(meanMinutes);
    }
}
