package hallq.protocol;

/** Hall areas kept apart by the regulations: administrative licensing vs convenience services. */
public enum Zone {
    LICENSING, CONVENIENCE, COMPREHENSIVE
}
