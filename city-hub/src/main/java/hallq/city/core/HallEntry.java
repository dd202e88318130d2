package hallq.city.core;

import java.util.Locale;

/**
 * One hall of the city's registry: where it stands in the four levels (市, 区县, 乡镇街道, 村社区),
 * under which hall, and where it is. The hub's own view; the hall's login is kept beside it.
 */
public record HallEntry(String id, String name, Level level, String parent, Double lat, Double lon, String timezone) {

    /** The four levels of 晋中市四级政务服务体系运行规范, top down. */
    public enum Level {
        CITY, DISTRICT, TOWNSHIP, VILLAGE;

        public static Level parse(String text) {
            try {
                return valueOf(text.trim().toUpperCase(Locale.ROOT));
            } catch (IllegalArgumentException | NullPointerException e) {
                throw HubProblem.invalid("level: one of city, district, township, village, not " + text);
            }
        }
    }

    public HallEntry {
        if (!validId(id)) {
            throw HubProblem.invalid("hall id: 1 to 40 of a-z, 0-9 and -, not " + id);
        }
        if (name == null || name.isBlank() || name.length() > 100) {
            throw HubProblem.invalid("name: 1 to 100 characters");
        }
        if (level == null) {
            throw HubProblem.invalid("level: missing");
        }
        if (lat != null && (lat < -90 || lat > 90) || lon != null && (lon < -180 || lon > 180)) {
            throw HubProblem.invalid("location: latitude -90..90 and longitude -180..180");
        }
        if ((lat == null) != (lon == null)) {
            throw HubProblem.invalid("location: both latitude and longitude, or neither");
        }
        if (parent != null && parent.equals(id)) {
            throw HubProblem.invalid("parent: a hall cannot be its own parent");
        }
        timezone = timezone == null ? "Asia/Shanghai" : timezone;
    }

    /** A hall id as the registry takes it: 1 to 40 of a-z, 0-9 and '-' (anything else names no hall). */
    public static boolean validId(String id) {
        return id != null && id.matches("[a-z0-9-]{1,40}");
    }
}
