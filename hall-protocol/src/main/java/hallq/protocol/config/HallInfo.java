package hallq.protocol.config;

import java.util.List;

/**
 * The hall itself. {@code hours} are "HH:mm-HH:mm" periods in the hall's time zone;
 * {@code publicBaseUrl} is what ticket QR codes point at.
 */
public record HallInfo(String id, String name, String nameEn, String timezone, List<String> hours,
                       String hotline, String complaintPhone, String publicBaseUrl) {
    public HallInfo {
        timezone = timezone == null ? "Asia/Shanghai" : timezone;
        hours = hours == null ? List.of("09:00-12:00", "13:00-17:00") : List.copyOf(hours);
        hotline = hotline == null ? "12345" : hotline;
        nameEn = nameEn == null ? name : nameEn;
        publicBaseUrl = publicBaseUrl == null ? "http://127.0.0.1:8080" : publicBaseUrl;
    }
}
