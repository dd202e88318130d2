package hallq.kiosk.ui;

import hallq.kiosk.printer.QrMatrix;
import javafx.scene.image.Image;
import javafx.scene.image.PixelWriter;
import javafx.scene.image.WritableImage;
import javafx.scene.paint.Color;

/** A QR code as a JavaFX image, for citizens to scan or photograph from the screen. */
final class QrImages {
    private QrImages() {
    }

    static Image of(String text, int modulePixels) {
        QrMatrix qr = QrMatrix.of(text);
        int side = qr.size() * modulePixels;
        WritableImage img = new WritableImage(side, side);
        PixelWriter w = img.getPixelWriter();
        for (int y = 0; y < side; y++) {
            for (int x = 0; x < side; x++) {
                w.setColor(x, y, qr.dark()[y / modulePixels][x / modulePixels] ? Color.BLACK : Color.WHITE);
            }
        }
        return img;
    }
}
