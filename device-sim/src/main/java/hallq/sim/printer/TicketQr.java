package hallq.sim.printer;

import com.google.zxing.Binarizer;
import com.google.zxing.BinaryBitmap;
import com.google.zxing.DecodeHintType;
import com.google.zxing.ReaderException;
import com.google.zxing.client.j2se.BufferedImageLuminanceSource;
import com.google.zxing.common.GlobalHistogramBinarizer;
import com.google.zxing.common.HybridBinarizer;
import com.google.zxing.multi.qrcode.QRCodeMultiReader;
import com.google.zxing.qrcode.QRCodeReader;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Path;
import java.util.Map;
import javax.imageio.ImageIO;

/**
 * Reads the QR code back from a rendered ticket PNG, as a citizen's phone would: trying hard, with
 * a local and then a global threshold, at full and at half size.
 */
public final class TicketQr {

    private TicketQr() {
    }

    private static BufferedImage half(BufferedImage image) {
        BufferedImage half = new BufferedImage(Math.max(1, image.getWidth() / 2), Math.max(1, image.getHeight() / 2),
                BufferedImage.TYPE_BYTE_GRAY);
        var g = half.createGraphics();
        g.setRenderingHint(RenderingHints.KEY_INTERPOLATION, RenderingHints.VALUE_INTERPOLATION_BILINEAR);
        g.drawImage(image, 0, 0, half.getWidth(), half.getHeight(), null);
        g.dispose();
        return half;
    }

    /** The QR code's text, or an IOException naming the file when there is none that decodes. */
    public static String read(Path png) throws IOException {
        BufferedImage image = ImageIO.read(png.toFile());
        if (image == null) {
            throw new IOException(png + " is not an image");
        }
        var hints = Map.of(DecodeHintType.TRY_HARDER, Boolean.TRUE);
        ReaderException last = null;
        // a phone sees the code at many sizes and frames: the full image, then the multi-code search,
        // then half size (zxing's detector now and then locks onto a false alignment pattern at one scale)
        for (BufferedImage view : new BufferedImage[] {image, half(image)}) {
            var source = new BufferedImageLuminanceSource(view);
            for (Binarizer b : new Binarizer[] {new HybridBinarizer(source), new GlobalHistogramBinarizer(source)}) {
                try {
                    return new QRCodeReader().decode(new BinaryBitmap(b), hints).getText();
                } catch (ReaderException e) {
                    last = e;
                }
                try {
                    return new QRCodeMultiReader().decodeMultiple(new BinaryBitmap(b), hints)[0].getText();
                } catch (ReaderException e) {
                    last = e;
                }
            }
        }
        throw new IOException(png + ": no readable QR code (" + last.getClass().getSimpleName() + ")", last);
    }
}
