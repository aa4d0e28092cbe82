package id.redaksi.feeds;

import id.redaksi.site.Site;
import java.nio.charset.StandardCharsets;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.server.ResponseStatusException;

/**
 * The site's ads.txt (IAB Tech Lab): which ad networks may sell its space. Ad networks refuse a site without one;
 * the site admin writes it on the ads screen, and a site that has none answers 404, as a missing file does.
 */
@Controller
class AdsTxtController {

    @GetMapping("/ads.txt")
    ResponseEntity<String> adsTxt(Site site) {
        var text = site.ads().adsTxt().strip();
        if (text.isEmpty()) {
            throw new ResponseStatusException(HttpStatus.NOT_FOUND, "no ads.txt");
        }
        return ResponseEntity.ok()
                .contentType(new MediaType(MediaType.TEXT_PLAIN, StandardCharsets.UTF_8))
                .body(text + "\n");
    }
}
