package id.redaksi.web;

import id.redaksi.readership.MostRead;
import id.redaksi.readership.Window;
import id.redaksi.site.PublicWords;
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
        var window = window(period, site.language());
        var path = MostReadPage.path(window);
        var label = label(site.language(), window);
        var heading = PublicWords.of(site.language(), "mostRead.heading", label);
        var meta = Meta.of(
                heading + " - " + site.name(),
                PublicWords.of(site.language(), "mostRead.description", site.name(), label.toLowerCase(Locale.ROOT)),
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

    private static Window window(String period, String language) {
        if (period == null) {
            return Window.DAY;
        }
        var params = Arrays.stream(Window.values()).map(Window::param).toList();
        var labels = Arrays.stream(Window.values()).map(w -> label(language, w)).toList();
        return Window.ofParam(period)
                .orElseThrow(() ->
                        new BadRequest("mostRead.badPeriod", String.join(", ", params), String.join(", ", labels)));
    }

    private static String label(String language, Window window) {
        return PublicWords.of(language, "mostRead.window." + window.name());
    }
}
