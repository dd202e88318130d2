package hallq.board.render;

import hallq.protocol.config.HallConfig;
import hallq.protocol.config.WindowConfig;
import java.time.ZoneId;
import java.util.Map;
import java.util.TreeMap;

/**
 * What a board knows from the hall configuration before any message arrives: names, phone numbers,
 * the complaint link for the QR code, the time zone of the clock and each window's configured name.
 */
public record BoardInfo(String hallName, String hotline, String complaintPhone, String complaintUrl,
                        ZoneId zone, Map<Integer, WindowConfig> windows) {
    public BoardInfo {
        windows = Map.copyOf(windows);
    }

    public static BoardInfo from(HallConfig config) {
        Map<Integer, WindowConfig> windows = new TreeMap<>();
        config.windows().forEach(w -> windows.put(w.number(), w));
        var hall = config.hall();
        String base = hall.publicBaseUrl().endsWith("/")
                ? hall.publicBaseUrl().substring(0, hall.publicBaseUrl().length() - 1) : hall.publicBaseUrl();
        return new BoardInfo(hall.name(), hall.hotline(), hall.complaintPhone(), base + "/complaints",
                ZoneId.of(hall.timezone()), windows);
    }
}
