package hallq.sim.printer;

import com.google.zxing.Binarizer;
import com.google.zxing.BinaryBitmap;
import com.google.zxing.DecodeHintType;
import com.google.zxing.ReaderException;
import com.google.zxing.client.j2se.BufferedImageLuminanceSource;
import com.google.zxing.common.GlobalHistogramBinarizer;
import com.google.zxing.common.HybridBinarizer;
import com.google.zxing.qrcode.QRCodeReader;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Path;
import java.util.Map;
import javax.imageio.ImageIO;

/**
 * Reads the QR code back from a rendered ticket PNG, as a citizen's phone would: trying hard, with
 * a local and then a global threshold.
 */
public final class TicketQr {

    private TicketQr() {
    }

    /** The QR code's text, or an IOException naming the file when there is none that decodes. */
    public static String read(Path png) throws IOException {
        BufferedImage image = ImageIO.read(png.toFile());
        if (image == null) {
            throw new IOException(png + " is not an image");
        }
        var source = new BufferedImageLuminanceSource(image);
        var hints = Map.of(DecodeHintType.TRY_HARDER, Boolean.TRUE);
        ReaderException last = null;
        for (Binarizer b : new Binarizer[] {new HybridBinarizer(source), new GlobalHistogramBinarizer(source)}) {
            try {
                return new QRCodeReader().decode(new BinaryBitmap(b), hints).getText();
            } catch (ReaderException e) {
                last = e;
            }
        }
        throw new IOException(png + ": no readable QR code (" + last.getClass().getSimpleName() + ")", last);
    }
}
