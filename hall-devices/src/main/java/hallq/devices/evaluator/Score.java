package hallq.devices.evaluator;

/** The five levels of a 好差评 rating; {@link #value} is the byte on the wire. */
public enum Score {
    VERY_DISSATISFIED(1, "非常不满意"),
    DISSATISFIED(2, "不满意"),
    FAIRLY_SATISFIED(3, "基本满意"),
    SATISFIED(4, "满意"),
    VERY_SATISFIED(5, "非常满意");

    public final int value;
    /** The label citizens see on the evaluator. */
    public final String label;

    Score(int value, String label) {
        this.value = value;
        this.label = label;
    }

    /** The score for 1..5, or null. */
    public static Score ofValue(int value) {
        return value >= 1 && value <= 5 ? values()[value - 1] : null;
    }

    /** A bad rating goes into the ledger and must be rectified (R10). */
    public boolean isBad() {
        return value <= 2;
    }
}
