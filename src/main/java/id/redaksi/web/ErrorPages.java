package id.redaksi.web;

import id.redaksi.site.Sites;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.util.Map;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Component;
import org.springframework.web.servlet.ModelAndView;
import org.springframework.web.servlet.view.RedirectView;

/** Builds the error page in the look of the site the request came to, or plain when the host is no site's. */
@Component
class ErrorPages {

    private final Sites sites;
    private final OldLinks oldLinks;

    ErrorPages(Sites sites, OldLinks oldLinks) {
        this.sites = sites;
        this.oldLinks = oldLinks;
    }

    ModelAndView render(HttpServletRequest request, HttpServletResponse response, HttpStatus status, String detail) {
        var site = sites.byHost(request.getServerName());
        if (status == HttpStatus.NOT_FOUND && site.isPresent()) {
            // an address of the site's previous system: the one moment it is worth looking up
            var moved = oldLinks.target(site.get(), request);
            if (moved.isPresent()) {
                return movedPermanently(site.get().url(moved.get()));
            }
        }
        response.setStatus(status.value());
        var heading = heading(status);
        var chrome = site.map(s -> new Chrome(s, Meta.of(heading + " - " + s.name(), heading, s.url("/"))))
                .orElse(null);
        var message =
                status == HttpStatus.BAD_REQUEST && detail != null && !detail.isBlank() ? detail : message(status);
        return new ModelAndView(
                "web/error", Map.of("page", new Pages.ErrorPage(chrome, status.value(), heading, message)), status);
    }

    static ModelAndView movedPermanently(String url) {
        var view = new RedirectView(url);
        view.setStatusCode(HttpStatus.MOVED_PERMANENTLY);
        view.setExposeModelAttributes(false);
        return new ModelAndView(view);
    }

    private static String heading(HttpStatus status) {
        return switch (status) {
            case NOT_FOUND -> "Halaman tidak ditemukan";
            case BAD_REQUEST -> "Permintaan tidak dapat diproses";
            case METHOD_NOT_ALLOWED -> "Cara akses tidak didukung";
            case SERVICE_UNAVAILABLE -> "Sedang ada gangguan";
            default -> status.is4xxClientError() ? "Permintaan ditolak" : "Terjadi kesalahan pada kami";
        };
    }

    private static String message(HttpStatus status) {
        return switch (status) {
            case NOT_FOUND -> "Alamat yang Anda buka tidak ada atau beritanya sudah tidak tersedia.";
            case SERVICE_UNAVAILABLE -> "Halaman ini belum bisa ditampilkan. Silakan coba lagi sebentar lagi.";
            default ->
                status.is4xxClientError()
                        ? "Alamat atau isian permintaan ini tidak bisa kami proses."
                        : "Maaf, halaman ini gagal dimuat. Tim kami sudah mendapat catatan kesalahannya.";
        };
    }
}
