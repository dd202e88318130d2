package hallq.controller.service;

/**
 * How the hall's two links to the outside stand, for its manager: the 好差评 export ({@code ratings},
 * null when exporting is off) and the city relay ({@code city}, null when the hall sends to no hub).
 */
public record OutsideLinks(RatingExport.Status ratings, CityRelay.Status city) {
    public static final OutsideLinks NONE = new OutsideLinks(null, null);

    /** The city link as /health says it: OFF (no hub), LINKED or UNLINKED. */
    public String cityState() {
        return city == null ? "OFF" : city.linked() ? "LINKED" : "UNLINKED";
    }
}
