package hallq.board.testing;

import java.awt.image.BufferedImage;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;

/**
 * A private X server (Debian package xvfb) whose screen is read straight from its memory-mapped
 * framebuffer file ({@code -fbdir}, XWD format): a screenshot of what real windows put on screen,
 * with no screenshot tool. Ready when Xvfb writes its display number ({@code -displayfd}).
 */
public final class XvfbDisplay implements AutoCloseable {
    private final Process xvfb;
    private final String display;
    private final Path framebuffer;

    private XvfbDisplay(Process xvfb, String display, Path framebuffer) {
        this.xvfb = xvfb;
        this.display = display;
        this.framebuffer = framebuffer;
    }

    /** The Xvfb binary on PATH, if installed. */
    public static Optional<Path> binary() {
        String path = System.getenv().getOrDefault("PATH", "/usr/bin:/bin");
        for (String dir : path.split(":")) {
            Path candidate = Path.of(dir, "Xvfb");
            if (Files.isExecutable(candidate)) {
                return Optional.of(candidate);
            }
        }
        return Optional.empty();
    }

    public static XvfbDisplay start(Path binary, Path dir, int width, int height) throws IOException {
        Files.createDirectories(dir);
        Process p = new ProcessBuilder(binary.toString(), "-displayfd", "1", "-screen", "0", width + "x" + height + "x24",
                "-fbdir", dir.toAbsolutePath().toString(), "-nolisten", "tcp").redirectErrorStream(true).start();
        CompletableFuture<String> number = CompletableFuture.supplyAsync(() -> {
            try {
                BufferedReader out = new BufferedReader(new InputStreamReader(p.getInputStream(), StandardCharsets.UTF_8));
                String line;
                StringBuilder said = new StringBuilder();
                while ((line = out.readLine()) != null) {
                    if (line.strip().matches("\\d+")) {
                        return line.strip();
                    }
                    said.append(line).append('\n');
                }
                throw new IllegalStateException("Xvfb exited: " + said);
            } catch (IOException e) {
                throw new IllegalStateException(e);
            }
        });
        try {
            return new XvfbDisplay(p, ":" + number.get(10, TimeUnit.SECONDS), dir.resolve("Xvfb_screen0"));
        } catch (Exception e) {
            p.destroyForcibly();
            throw new IOException("Xvfb did not start: " + e.getMessage(), e);
        }
    }

    /** For the DISPLAY variable of programs that should draw here. */
    public String display() {
        return display;
    }

    /** What the screen shows now, read from the XWD framebuffer file. */
    public BufferedImage screenshot() throws IOException {
        ByteBuffer b = ByteBuffer.wrap(Files.readAllBytes(framebuffer)).order(ByteOrder.BIG_ENDIAN);
        int headerSize = b.getInt(0);
        int width = b.getInt(16);
        int height = b.getInt(20);
        ByteOrder pixelOrder = b.getInt(28) == 0 ? ByteOrder.LITTLE_ENDIAN : ByteOrder.BIG_ENDIAN;
        int bitsPerPixel = b.getInt(44);
        int bytesPerLine = b.getInt(48);
        int redMask = b.getInt(56);
        int greenMask = b.getInt(60);
        int blueMask = b.getInt(64);
        int colours = b.getInt(76);
        if (bitsPerPixel != 32) {
            throw new IOException("expected a 32-bit framebuffer, got " + bitsPerPixel + " bits per pixel");
        }
        int start = headerSize + colours * 12;
        ByteBuffer px = b.duplicate().order(pixelOrder);
        BufferedImage img = new BufferedImage(width, height, BufferedImage.TYPE_INT_RGB);
        for (int y = 0; y < height; y++) {
            for (int x = 0; x < width; x++) {
                int v = px.getInt(start + y * bytesPerLine + x * 4);
                img.setRGB(x, y, channel(v, redMask) << 16 | channel(v, greenMask) << 8 | channel(v, blueMask));
            }
        }
        return img;
    }

    private static int channel(int pixel, int mask) {
        return (pixel & mask) >>> Integer.numberOfTrailingZeros(mask);
    }

    @Override
    public void close() {
        xvfb.destroy();
        try {
            if (!xvfb.waitFor(5, TimeUnit.SECONDS)) {
                xvfb.destroyForcibly();
            }
        } catch (InterruptedException e) {
            xvfb.destroyForcibly();
            Thread.currentThread().interrupt();
        }
    }
}
