package id.redaksi.web;

import id.redaksi.readership.MostRead;
import id.redaksi.readership.Window;
import id.redaksi.site.Site;
import id.redaksi.web.Pages.MostReadPage;
import java.util.Arrays;
import java.util.Locale;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

/** The most-read page (Terpopuler) of a site, one window at a time, with a tab for each window. */
@Controller
class MostReadController {

    static final int SIZE = 20;

    /** How many the most-read box of the home and rubric pages shows. */
    static final int BOX = 5;

    private final MostRead mostRead;

    MostReadController(MostRead mostRead) {
        this.mostRead = mostRead;
    }

    @GetMapping("/terpopuler")
    String mostRead(Site site, @RequestParam(name = "periode", required = false) String period, Model model) {
        var window = window(period);
        var path = MostReadPage.path(window);
        var heading = "Terpopuler " + window.label() + " Terakhir";
        var meta = Meta.of(
                heading + " - " + site.name(),
                "Berita yang paling banyak dibaca di " + site.name() + " dalam "
                        + window.label().toLowerCase(Locale.ROOT) + " terakhir.",
                site.url(path));
        model.addAttribute(
                "page",
                new MostReadPage(
                        new Chrome(site, meta),
                        heading,
                        window,
                        Window.values(),
                        mostRead.onSite(site.id(), window, SIZE)));
        return "web/most-read";
    }

    private static Window window(String period) {
        if (period == null) {
            return Window.DAY;
        }
        var names = Arrays.stream(Window.values()).map(Window::param).toList();
        return Window.ofParam(period)
                .orElseThrow(() -> new BadRequest("Periode harus salah satu dari " + String.join(", ", names) + "."));
    }
}
