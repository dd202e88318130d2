package hallq.controller.app;

import java.net.URI;

/**
 * Where the hall's 好差评 records go (docs/ratings-export.md): a file drop in DATA/exports/haochaping
 * ({@link #FILE}, the default), the province's platform at {@code url} (with its token, or null),
 * or nowhere ({@link #OFF}).
 */
public record RatingExportTo(String kind, URI url, String token) {
    public static final RatingExportTo FILE = new RatingExportTo("file", null, null);
    public static final RatingExportTo OFF = new RatingExportTo("off", null, null);

    public static RatingExportTo platform(URI url, String token) {
        return new RatingExportTo("http", url, token);
    }

    @Override
    public String toString() {
        return "RatingExportTo[" + kind + (url == null ? "" : " " + url) + "]"; // never the token
    }
}
