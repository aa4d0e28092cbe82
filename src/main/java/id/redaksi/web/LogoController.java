package id.redaksi.web;

import id.redaksi.site.Site;
import java.awt.Color;
import java.awt.Font;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import javax.imageio.ImageIO;
import org.springframework.http.CacheControl;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;

/**
 * The publisher logo that structured data names (Google asks for a raster image no taller than 60 px),
 * drawn from the site's name until a site uploads its own.
 */
@Controller
class LogoController {

    private final Map<Long, byte[]> logos = new ConcurrentHashMap<>();

    @GetMapping("/logo.png")
    ResponseEntity<byte[]> logo(Site site) {
        return ResponseEntity.ok()
                .contentType(MediaType.IMAGE_PNG)
                .cacheControl(CacheControl.maxAge(Duration.ofDays(1)).cachePublic())
                .body(logos.computeIfAbsent(site.id(), id -> draw(site.name())));
    }

    static byte[] draw(String name) {
        var image = new BufferedImage(600, 60, BufferedImage.TYPE_INT_RGB);
        var g = image.createGraphics();
        g.setRenderingHint(RenderingHints.KEY_TEXT_ANTIALIASING, RenderingHints.VALUE_TEXT_ANTIALIAS_ON);
        g.setColor(Color.WHITE);
        g.fillRect(0, 0, 600, 60);
        g.setColor(new Color(0xB0, 0x1E, 0x23));
        g.fillRect(0, 0, 12, 60);
        g.setFont(new Font(Font.SANS_SERIF, Font.BOLD, 36));
        g.drawString(name, 28, 44);
        g.dispose();
        var out = new ByteArrayOutputStream();
        try {
            ImageIO.write(image, "png", out);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }
}
