package id.redaksi.readership;

import jakarta.servlet.http.HttpServletRequest;
import java.util.HexFormat;
import org.springframework.http.CacheControl;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * The hit beacon an article page sends once it is shown: {@code POST /hit} from its script, {@code GET /hit.gif}
 * from its noscript image. The answer is the same whether the hit counted or not, so it tells a robot nothing.
 */
@RestController
class HitController {

    /** A transparent 1×1 GIF, the smallest image every browser shows. */
    static final byte[] PIXEL = HexFormat.of().parseHex(
            "47494638396101000100800000000000ffffff21f90401000000002c00000000010001000002024401003b");

    private final Beacon beacon;

    HitController(Beacon beacon) {
        this.beacon = beacon;
    }

    @PostMapping("/hit")
    ResponseEntity<Void> hit(@RequestParam(required = false) String id, HttpServletRequest request) {
        beacon.received(request, id);
        return ResponseEntity.noContent().cacheControl(CacheControl.noStore()).build();
    }

    @GetMapping("/hit.gif")
    ResponseEntity<byte[]> pixel(@RequestParam(required = false) String id, HttpServletRequest request) {
        beacon.received(request, id);
        return ResponseEntity.ok().contentType(MediaType.IMAGE_GIF).cacheControl(CacheControl.noStore()).body(PIXEL);
    }
}
