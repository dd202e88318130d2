package hallq.controller.core;

/** A predicted wait in minutes: the expected value and the 90th percentile. */
public record Prediction(double meanMinutes, double p90Minutes, double servingWindows) {
    public static final Prediction NO_WINDOW = new Prediction(Double.NaN, Double.NaN, 0);

    public boolean known() {
        return !Double.isNaN(meanMinutes);
    }
}
