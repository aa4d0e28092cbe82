package id.redaksi.newsroom.desk;

import id.redaksi.account.Actor;
import id.redaksi.account.NewsroomWords;
import id.redaksi.account.Role;
import id.redaksi.article.ArticleLists;
import id.redaksi.frontpage.Place;
import id.redaksi.newsroom.Curating;
import id.redaksi.newsroom.CurationRefused;
import id.redaksi.newsroom.desk.CurationPages.BreakingForm;
import id.redaksi.newsroom.desk.CurationPages.CurationPage;
import id.redaksi.site.Rubric;
import id.redaksi.site.Site;
import id.redaksi.web.IndonesianTime;
import id.redaksi.web.NewsroomTime;
import java.time.Clock;
import java.util.List;
import org.springframework.http.HttpStatus;
import org.springframework.security.web.csrf.CsrfToken;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseBody;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.servlet.ModelAndView;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The curation screen: editors choose the headline and the editor's picks of the front page, each rubric's headline,
 * and the breaking news bar, from the site's published stories. Writers may not.
 */
@Controller
class CurationController {

    private static final int SHOWN = 12;

    private final Curating curating;
    private final CurationRows saved;
    private final ArticleLists articles;
    private final DeskSupport support;
    private final Clock clock;

    CurationController(Curating curating, CurationRows saved, ArticleLists articles, DeskSupport support, Clock clock) {
        this.curating = curating;
        this.saved = saved;
        this.articles = articles;
        this.support = support;
        this.clock = clock;
    }

    /** A published story as the picker offers it. */
    record StoryChoice(long id, String title, String time) {}

    @GetMapping("/redaksi/{siteSlug}/kurasi")
    ModelAndView front(Actor actor, CsrfToken csrf, @PathVariable String siteSlug, Model model) {
        var site = editorsSite(actor, siteSlug);
        return saved(actor, csrf, site, null, DeskSupport.message(model));
    }

    @GetMapping("/redaksi/{siteSlug}/kurasi/kanal/{rubricSlug}")
    ModelAndView rubric(
            Actor actor, CsrfToken csrf, @PathVariable String siteSlug, @PathVariable String rubricSlug, Model model) {
        var site = editorsSite(actor, siteSlug);
        return saved(actor, csrf, site, rubric(site, rubricSlug), DeskSupport.message(model));
    }

    @PostMapping("/redaksi/{siteSlug}/kurasi")
    ModelAndView arrangeFront(
            Actor actor,
            CsrfToken csrf,
            @PathVariable String siteSlug,
            @RequestParam(name = "utama", required = false) String[] headline,
            @RequestParam(name = "utamaJudul", required = false) String[] headlineTitles,
            @RequestParam(name = "utamaSampai", required = false) String[] headlineUntil,
            @RequestParam(name = "pilihan", required = false) String[] chosen,
            @RequestParam(name = "pilihanJudul", required = false) String[] chosenTitles,
            @RequestParam(name = "pilihanSampai", required = false) String[] chosenUntil,
            RedirectAttributes redirect) {
        var site = editorsSite(actor, siteSlug);
        var top = new CurationForm("utama", Place.HEADLINE, headline, headlineTitles, headlineUntil);
        var picked = new CurationForm("pilihan", Place.PICK, chosen, chosenTitles, chosenUntil);
        return arrange(actor, csrf, site, null, top, picked, redirect);
    }

    @PostMapping("/redaksi/{siteSlug}/kurasi/kanal/{rubricSlug}")
    ModelAndView arrangeRubric(
            Actor actor,
            CsrfToken csrf,
            @PathVariable String siteSlug,
            @PathVariable String rubricSlug,
            @RequestParam(name = "utama", required = false) String[] headline,
            @RequestParam(name = "utamaJudul", required = false) String[] headlineTitles,
            @RequestParam(name = "utamaSampai", required = false) String[] headlineUntil,
            RedirectAttributes redirect) {
        var site = editorsSite(actor, siteSlug);
        var top = new CurationForm("utama", Place.HEADLINE, headline, headlineTitles, headlineUntil);
        var none = new CurationForm("pilihan", Place.PICK, null, null, null);
        return arrange(actor, csrf, site, rubric(site, rubricSlug), top, none, redirect);
    }

    @PostMapping("/redaksi/{siteSlug}/kurasi/breaking")
    ModelAndView pinBreaking(
            Actor actor,
            CsrfToken csrf,
            @PathVariable String siteSlug,
            @RequestParam(name = "berita", defaultValue = "") String articleId,
            @RequestParam(name = "teks", defaultValue = "") String text,
            @RequestParam(name = "tautan", defaultValue = "") String url,
            @RequestParam(name = "sampai", defaultValue = "") String until,
            RedirectAttributes redirect) {
        var site = editorsSite(actor, siteSlug);
        var form = new BreakingForm(articleId, text, url, until);
        try {
            var story = articleId.isBlank() ? null : DeskSupport.number(articleId);
            if (!articleId.isBlank() && story == null) {
                throw new CurationRefused("berita", NewsroomWords.t("curation.story.invalid"));
            }
            var ends = CurationForm.time(until, site.zone(), "sampai", "");
            curating.pinBreaking(actor, site, story, text, url, ends);
        } catch (CurationRefused e) {
            return refused(actor, csrf, site, null, saved.rows(site, null), form, e);
        }
        return done(site, null, NewsroomWords.t("curation.breakingSaved"), redirect);
    }

    @PostMapping("/redaksi/{siteSlug}/kurasi/breaking/hapus")
    ModelAndView clearBreaking(Actor actor, @PathVariable String siteSlug, RedirectAttributes redirect) {
        var site = editorsSite(actor, siteSlug);
        curating.clearBreaking(actor, site);
        return done(site, null, NewsroomWords.t("curation.breakingRemoved"), redirect);
    }

    @GetMapping(path = "/redaksi/{siteSlug}/kurasi/pilih", produces = "application/json")
    @ResponseBody
    List<StoryChoice> stories(Actor actor, @PathVariable String siteSlug, @RequestParam(defaultValue = "") String q) {
        var site = editorsSite(actor, siteSlug);
        var number = DeskSupport.number(q);
        var found = number != null
                ? articles.cards(site.id(), List.of(number))
                : articles.matching(site.id(), q.strip(), SHOWN);
        return found.stream()
                .map(c -> new StoryChoice(c.id(), c.title(), IndonesianTime.format(c.publishedAt(), site.zone())))
                .toList();
    }

    private ModelAndView arrange(
            Actor actor,
            CsrfToken csrf,
            Site site,
            Rubric rubric,
            CurationForm headline,
            CurationForm chosen,
            RedirectAttributes redirect) {
        try {
            curating.arrange(
                    actor,
                    site,
                    rubric == null ? null : rubric.id(),
                    headline.picks(site.zone()),
                    chosen.picks(site.zone()));
        } catch (CurationRefused e) {
            var rows = new CurationRows.Rows(headline.rows(), rubric == null ? chosen.rows() : List.of());
            return refused(actor, csrf, site, rubric, rows, BreakingForm.EMPTY, e);
        }
        var saved = rubric == null
                ? NewsroomWords.t("curation.savedFront")
                : NewsroomWords.t("curation.savedRubric", rubric.name());
        return done(site, rubric, saved, redirect);
    }

    private Site editorsSite(Actor actor, String siteSlug) {
        var site = support.site(siteSlug);
        actor.require(Role.EDITOR, site.id());
        return site;
    }

    private static Rubric rubric(Site site, String slug) {
        return site.rubric(slug).orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND, "rubric " + slug));
    }

    private ModelAndView saved(Actor actor, CsrfToken csrf, Site site, Rubric rubric, String message) {
        return page(actor, csrf, site, rubric, saved.rows(site, rubric), BreakingForm.EMPTY, message, null);
    }

    /** The form back as it was posted, status 400, saying what was refused; nothing was saved. */
    private ModelAndView refused(
            Actor actor,
            CsrfToken csrf,
            Site site,
            Rubric rubric,
            CurationRows.Rows rows,
            BreakingForm breaking,
            CurationRefused e) {
        var view = page(actor, csrf, site, rubric, rows, breaking, null, e);
        view.setStatus(HttpStatus.BAD_REQUEST);
        return view;
    }

    private ModelAndView page(
            Actor actor,
            CsrfToken csrf,
            Site site,
            Rubric rubric,
            CurationRows.Rows rows,
            BreakingForm breaking,
            String message,
            CurationRefused error) {
        var current = rubric == null ? site.breakingAt(clock.instant()) : null;
        var page = new CurationPage(
                DeskSupport.desk(actor, csrf),
                site,
                rubric,
                CurationRows.padded(rows.headline(), Place.HEADLINE),
                rubric == null ? CurationRows.padded(rows.picks(), Place.PICK) : List.of(),
                breaking,
                current,
                current == null ? "" : NewsroomTime.format(current.endsAt(), site.zone()),
                message,
                error == null ? null : error.getReason(),
                error == null ? null : error.field());
        return new ModelAndView("newsroom/curation", "page", page);
    }

    private static ModelAndView done(Site site, Rubric rubric, String message, RedirectAttributes redirect) {
        redirect.addFlashAttribute(DeskSupport.MESSAGE, message);
        var path = "/redaksi/" + site.slug() + "/kurasi" + (rubric == null ? "" : "/kanal/" + rubric.slug());
        return new ModelAndView("redirect:" + path);
    }
}
