package id.redaksi.web;

import id.redaksi.article.ArticleLists;
import id.redaksi.pagecache.CachingPolicy;
import id.redaksi.site.PublicWords;
import id.redaksi.site.Site;
import id.redaksi.web.Pages.ListPage;
import jakarta.servlet.http.HttpServletRequest;
import java.time.Clock;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.List;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

/** The index of one day (indeks): everything a site published that day in its own zone, newest first. */
@Controller
class DayIndexController {

    private static final LocalDate FIRST_DAY = LocalDate.of(1990, 1, 1);

    private final ArticleLists articles;
    private final Clock clock;

    DayIndexController(ArticleLists articles, Clock clock) {
        this.articles = articles;
        this.clock = clock;
    }

    @GetMapping("/indeks")
    String index(
            Site site,
            @RequestParam(name = "tanggal", required = false) String date,
            @RequestParam(name = "halaman", required = false) String pageParam,
            HttpServletRequest request,
            Model model) {
        var today = LocalDate.now(clock.withZone(site.zone()));
        var day = parse(date, today);
        var language = site.language();
        int page = PageNumber.parse(pageParam);
        var from = day.atStartOfDay(site.zone()).toInstant();
        var until = day.plusDays(1).atStartOfDay(site.zone()).toInstant();
        var rows = articles.publishedBetween(site.id(), from, until, PageNumber.offset(page), PageNumber.SIZE + 1);
        if (rows.isEmpty() && page > 1) {
            throw new NotFound("index of " + day + " page " + page);
        }
        if (rows.isEmpty()) {
            // every day since 1990 has an index, mostly empty: shown to whoever asks, but not worth a place in memory
            CachingPolicy.doNotKeep(request);
        }
        var path = "/indeks?tanggal=" + day;
        var heading = PublicWords.of(language, "dayIndex.heading", SiteTime.day(day, site));
        var meta = Meta.of(
                heading + " - " + site.name(),
                PublicWords.of(language, "dayIndex.description", site.name(), SiteTime.day(day, site)),
                site.url(PageNumber.path(path, page)));
        var pager = PageNumber.pager(path, page, rows.size() > PageNumber.SIZE);
        var days = new Pages.Pager(
                "/indeks?tanggal=" + day.minusDays(1),
                day.isBefore(today) ? "/indeks?tanggal=" + day.plusDays(1) : null,
                "pager.previousDay",
                "pager.nextDay");
        model.addAttribute(
                "page",
                new ListPage(
                        new Chrome(site, meta),
                        PublicWords.of(language, "dayIndex.kicker"),
                        heading,
                        meta.description(),
                        rows.stream().limit(PageNumber.SIZE).toList(),
                        pager,
                        days,
                        List.of(),
                        List.of()));
        return "web/list";
    }

    private static LocalDate parse(String date, LocalDate today) {
        if (date == null || date.isBlank()) {
            return today;
        }
        try {
            var day = LocalDate.parse(date.strip());
            if (day.isBefore(FIRST_DAY) || day.isAfter(today.plusDays(1))) {
                throw new BadRequest("dayIndex.outOfRange", day.toString());
            }
            return day;
        } catch (DateTimeParseException e) {
            throw new BadRequest("dayIndex.badDate", today.toString());
        }
    }
}
