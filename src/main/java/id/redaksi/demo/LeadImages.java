package id.redaksi.demo;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.awt.GradientPaint;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Random;
import javax.imageio.ImageIO;

/**
 * Paints the demo's lead pictures: a gradient in the rubric's colour, a few shapes and the rubric's name.
 * They are made, not downloaded, so a fresh installation needs no network and carries no one's photographs.
 */
final class LeadImages {

    static final int WIDTH = 1200;
    static final int HEIGHT = 675;
    static final String CONTENT_TYPE = "image/jpeg";

    private LeadImages() {}

    static byte[] paint(String label, String siteName, Color colour, long seed) {
        var image = new BufferedImage(WIDTH, HEIGHT, BufferedImage.TYPE_INT_RGB);
        var g = image.createGraphics();
        try {
            g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
            g.setRenderingHint(RenderingHints.KEY_TEXT_ANTIALIASING, RenderingHints.VALUE_TEXT_ANTIALIAS_ON);
            g.setPaint(new GradientPaint(
                    0, 0, colour, WIDTH, HEIGHT, colour.darker().darker()));
            g.fillRect(0, 0, WIDTH, HEIGHT);
            shapes(g, new Random(seed));
            text(g, label, siteName);
        } finally {
            g.dispose();
        }
        return jpeg(image);
    }

    private static void shapes(Graphics2D g, Random random) {
        for (int i = 0; i < 7; i++) {
            g.setColor(new Color(255, 255, 255, 20 + random.nextInt(40)));
            int size = 120 + random.nextInt(360);
            g.fillOval(random.nextInt(WIDTH) - size / 2, random.nextInt(HEIGHT) - size / 2, size, size);
        }
        g.setStroke(new BasicStroke(6));
        g.setColor(new Color(255, 255, 255, 60));
        for (int i = 0; i < 4; i++) {
            int y = random.nextInt(HEIGHT);
            g.drawLine(0, y, WIDTH, y - 200 + random.nextInt(400));
        }
    }

    private static void text(Graphics2D g, String label, String siteName) {
        g.setColor(new Color(0, 0, 0, 90));
        g.fillRect(0, HEIGHT - 190, WIDTH, 190);
        g.setColor(Color.WHITE);
        g.setFont(fitted(g, label, new Font(Font.SANS_SERIF, Font.BOLD, 84)));
        g.drawString(label, 60, HEIGHT - 85);
        g.setFont(new Font(Font.SANS_SERIF, Font.PLAIN, 34));
        g.drawString(siteName, 62, HEIGHT - 35);
    }

    /** Long rubric names, such as Hukum dan Kriminalitas, get a smaller font rather than run off the picture. */
    private static Font fitted(Graphics2D g, String text, Font font) {
        int width = g.getFontMetrics(font).stringWidth(text);
        int room = WIDTH - 120;
        return width <= room ? font : font.deriveFont(font.getSize2D() * room / width);
    }

    private static byte[] jpeg(BufferedImage image) {
        var out = new ByteArrayOutputStream(64 * 1024);
        try {
            if (!ImageIO.write(image, "jpg", out)) {
                throw new IllegalStateException("no JPEG writer in this Java runtime");
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }
}
