package hallq.protocol.config;

import java.util.List;

/**
 * The hall itself. {@code hours} are "HH:mm-HH:mm" periods in the hall's time zone;
 * {@code publicBaseUrl} is what ticket QR codes point at; {@code regionCode} the hall's
 * administrative division code (行政区划代码, GB/T 2260: 6 digits, or 12 with township and village),
 * for its 好差评 records (null when not configured).
 */
public record HallInfo(String id, String name, String nameEn, String timezone, List<String> hours,
                       String hotline, String complaintPhone, String publicBaseUrl, String regionCode) {
    public HallInfo {
        timezone = timezone == null ? "Asia/Shanghai" : timezone;
        hours = hours == null ? List.of("09:00-12:00", "13:00-17:00") : List.copyOf(hours);
        hotline = hotline == null ? "12345" : hotline;
        nameEn = nameEn == null ? name : nameEn;
        publicBaseUrl = publicBaseUrl == null ? "http://127.0.0.1:8080" : publicBaseUrl;
    }

    /** An address citizens' phones can open: http or https, with a host, at most 300 characters. */
    public static boolean webAddress(String url) {
        if (url == null || url.length() > 300) {
            return false;
        }
        try {
            java.net.URI u = new java.net.URI(url);
            return ("http".equals(u.getScheme()) || "https".equals(u.getScheme())) && u.getHost() != null
                    && u.getRawQuery() == null && u.getRawFragment() == null;
        } catch (java.net.URISyntaxException e) {
            return false;
        }
    }
}
