package id.redaksi.web;

import gg.jte.TemplateEngine;
import gg.jte.output.StringOutput;
import id.redaksi.article.LiveReports;
import id.redaksi.article.LiveUpdate;
import id.redaksi.site.Site;
import java.util.List;
import java.util.Map;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * What an open live report page polls: the updates after the newest it shows, each as the page's own template renders
 * it, so the page and the poll cannot differ. The answer is a public page to the page cache ({@code setelah} is part
 * of its key), kept in memory on every node until an update purges the article; a repeat poll costs a 304.
 */
@RestController
class LiveController {

    /** The poll's answer: whether the report is still live, the newest id to ask after next, and the new updates. */
    record Poll(boolean live, long last, List<Item> updates) {}

    record Item(long id, String html) {}

    private final LiveReports reports;
    private final TemplateEngine templates;

    LiveController(LiveReports reports, TemplateEngine templates) {
        this.reports = reports;
        this.templates = templates;
    }

    @GetMapping(value = "/baca/{id}/pembaruan", produces = MediaType.APPLICATION_JSON_VALUE)
    ResponseEntity<Poll> updates(
            Site site, @PathVariable long id, @RequestParam(name = "setelah", defaultValue = "0") long after) {
        var report = reports.published(site.id(), id).orElseThrow(() -> new NotFound("live report " + id));
        // only ids the report has are answered, so the kept answers are as many as its updates
        if (after < 0 || (after > 0 && !reports.hasUpdate(id, after))) {
            throw new BadRequest("live.badAfter");
        }
        var updates = reports.after(id, after);
        long last = updates.stream().mapToLong(LiveUpdate::id).max().orElse(after);
        var items = updates.stream().map(u -> new Item(u.id(), html(site, u))).toList();
        return ResponseEntity.ok(new Poll(report.isLive(), last, items));
    }

    private String html(Site site, LiveUpdate update) {
        var out = new StringOutput();
        templates.render("tag/live-update.jte", Map.of("update", update, "site", site), out);
        return out.toString();
    }
}
