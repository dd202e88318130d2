package hallq.kiosk.render;

import java.awt.image.BufferedImage;
import java.awt.image.IndexColorModel;
import java.io.File;
import java.io.IOException;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import javax.imageio.ImageIO;

/**
 * Writes a screen as an 8-bit palette PNG: the 256 most used colours, every other pixel the
 * nearest of them (a flat UI has few colours; only anti-aliased edges move a shade). A third of the
 * size of a true-colour PNG, so the committed renders stay small.
 */
final class PalettePng {

    private PalettePng() {
    }

    static void write(BufferedImage image, File file) throws IOException {
        int w = image.getWidth();
        int h = image.getHeight();
        int[] rgb = image.getRGB(0, 0, w, h, null, 0, w);
        Map<Integer, Integer> counts = new HashMap<>();
        for (int p : rgb) {
            counts.merge(p & 0xFFFFFF, 1, Integer::sum);
        }
        List<Integer> palette = counts.entrySet().stream()
                .sorted(Map.Entry.<Integer, Integer>comparingByValue(Comparator.reverseOrder())
                        .thenComparing(Map.Entry.comparingByKey()))
                .limit(256).map(Map.Entry::getKey).toList();
        byte[] r = new byte[palette.size()];
        byte[] g = new byte[palette.size()];
        byte[] b = new byte[palette.size()];
        for (int i = 0; i < palette.size(); i++) {
            r[i] = (byte) (palette.get(i) >> 16);
            g[i] = (byte) (palette.get(i) >> 8);
            b[i] = (byte) (int) palette.get(i);
        }
        BufferedImage out = new BufferedImage(w, h, BufferedImage.TYPE_BYTE_INDEXED,
                new IndexColorModel(8, palette.size(), r, g, b));
        Map<Integer, Integer> nearest = new HashMap<>();
        byte[] pixels = new byte[w * h];
        for (int i = 0; i < rgb.length; i++) {
            pixels[i] = (byte) (int) nearest.computeIfAbsent(rgb[i] & 0xFFFFFF, c -> closest(c, palette));
        }
        out.getRaster().setDataElements(0, 0, w, h, pixels);
        ImageIO.write(out, "png", file);
    }

    private static int closest(int c, List<Integer> palette) {
        int best = 0;
        long bestDistance = Long.MAX_VALUE;
        for (int i = 0; i < palette.size(); i++) {
            int p = palette.get(i);
            long dr = ((c >> 16) & 0xFF) - ((p >> 16) & 0xFF);
            long dg = ((c >> 8) & 0xFF) - ((p >> 8) & 0xFF);
            long db = (c & 0xFF) - (p & 0xFF);
            long d = dr * dr * 3 + dg * dg * 4 + db * db * 2;
            if (d < bestDistance) {
                bestDistance = d;
                best = i;
            }
        }
        return best;
    }
}
