package hallq.board.render.fx;

import com.google.zxing.BarcodeFormat;
import com.google.zxing.EncodeHintType;
import com.google.zxing.WriterException;
import com.google.zxing.common.BitMatrix;
import com.google.zxing.qrcode.QRCodeWriter;
import java.util.Map;
import javafx.scene.image.Image;
import javafx.scene.image.PixelWriter;
import javafx.scene.image.WritableImage;
import javafx.scene.paint.Color;

/** QR codes (ZXing core) drawn straight into a JavaFX image: dark modules on white, with a quiet zone. */
public final class QrCodes {
    private QrCodes() {
    }

    public static Image image(String content, int size) {
        BitMatrix m;
        try {
            m = new QRCodeWriter().encode(content, BarcodeFormat.QR_CODE, size, size,
                    Map.of(EncodeHintType.MARGIN, 2, EncodeHintType.CHARACTER_SET, "UTF-8"));
        } catch (WriterException e) {
            throw new IllegalArgumentException("cannot encode a QR code for " + content, e);
        }
        WritableImage img = new WritableImage(m.getWidth(), m.getHeight());
        PixelWriter px = img.getPixelWriter();
        for (int y = 0; y < m.getHeight(); y++) {
            for (int x = 0; x < m.getWidth(); x++) {
                px.setColor(x, y, m.get(x, y) ? Color.BLACK : Color.WHITE);
            }
        }
        return img;
    }
}
