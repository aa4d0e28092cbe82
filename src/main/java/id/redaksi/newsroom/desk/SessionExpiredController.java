package id.redaksi.newsroom.desk;

import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.http.HttpServletRequest;
import java.util.Map;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.servlet.ModelAndView;

/**
 * Where the security filter forwards a newsroom post whose session or form token is no longer valid (the idle
 * timeout): a story form comes back with every typed field and a login in place; anything else says to log in again.
 * Never the public site's 403, which kept nothing.
 */
@Controller
class SessionExpiredController {

    @RequestMapping("/redaksi/sesi-berakhir")
    ModelAndView expired(HttpServletRequest request) {
        var uri = request.getAttribute(RequestDispatcher.FORWARD_REQUEST_URI) instanceof String forwarded
                ? forwarded
                : null;
        if (uri == null) {
            throw new ResponseStatusException(HttpStatus.NOT_FOUND, "only forwarded here");
        }
        if (UnsavedStory.isStoryForm(request, uri) && UnsavedStory.fromOurPage(request)) {
            return UnsavedStory.page(
                    request,
                    uri,
                    HttpStatus.FORBIDDEN,
                    "Sesi Anda berakhir: naskah belum tersimpan",
                    "Anda terlalu lama tidak aktif, jadi sesi berakhir sebelum naskah tersimpan. Teks Anda masih di"
                            + " bawah. Masukkan kata sandi Anda di sini, lalu naskah disimpan.",
                    true);
        }
        var page = new DeskPages.ProblemPage(
                new DeskPages.Desk(null, null),
                403,
                "Sesi Anda berakhir",
                "Anda terlalu lama tidak aktif. Masuk lagi, lalu ulangi langkah Anda.",
                "/redaksi/masuk");
        return new ModelAndView("newsroom/problem", Map.of("page", page), HttpStatus.FORBIDDEN);
    }
}
