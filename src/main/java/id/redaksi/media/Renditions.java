package id.redaksi.media;

import java.awt.RenderingHints;
import java.awt.image.BufferedImage;
import java.util.ArrayList;
import java.util.List;

/** Smaller copies of a picture, so phones download a few hundred kilobytes instead of the original. */
final class Renditions {

    static final List<Integer> WIDTHS = List.of(320, 640, 960, 1280, 1600);

    private Renditions() {}

    /** Only widths below the original's: enlarging would cost bytes and add no detail. */
    static List<Integer> widthsFor(int originalWidth) {
        return WIDTHS.stream().filter(width -> width < originalWidth).toList();
    }

    static int heightFor(int width, int originalWidth, int originalHeight) {
        return Math.max(1, (int) Math.round((double) originalHeight * width / originalWidth));
    }

    /** The renditions, narrowest first; each is scaled from the next wider one, which is cheaper than from the original. */
    static List<BufferedImage> of(BufferedImage original) {
        var widths = widthsFor(original.getWidth());
        var scaled = new ArrayList<BufferedImage>();
        var source = original;
        for (int i = widths.size() - 1; i >= 0; i--) {
            source = scale(source, widths.get(i), heightFor(widths.get(i), original.getWidth(), original.getHeight()));
            scaled.addFirst(source);
        }
        return scaled;
    }

    /**
     * Halves the picture until it is less than twice the target, then takes the last step: a single bicubic step
     * over a large factor samples too few source pixels and leaves jagged edges and moiré.
     */
    static BufferedImage scale(BufferedImage source, int width, int height) {
        var current = source;
        while (current.getWidth() / 2 > width && current.getHeight() / 2 >= height) {
            current = draw(current, current.getWidth() / 2, current.getHeight() / 2);
        }
        return draw(current, width, height);
    }

    private static BufferedImage draw(BufferedImage source, int width, int height) {
        int type = source.getColorModel().hasAlpha() ? BufferedImage.TYPE_INT_ARGB : BufferedImage.TYPE_INT_RGB;
        var target = new BufferedImage(width, height, type);
        var graphics = target.createGraphics();
        graphics.setRenderingHint(RenderingHints.KEY_INTERPOLATION, RenderingHints.VALUE_INTERPOLATION_BICUBIC);
        graphics.setRenderingHint(RenderingHints.KEY_RENDERING, RenderingHints.VALUE_RENDER_QUALITY);
        graphics.setRenderingHint(
                RenderingHints.KEY_ALPHA_INTERPOLATION, RenderingHints.VALUE_ALPHA_INTERPOLATION_QUALITY);
        graphics.drawImage(source, 0, 0, width, height, null);
        graphics.dispose();
        return target;
    }
}
