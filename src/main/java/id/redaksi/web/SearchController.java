package id.redaksi.web;

import id.redaksi.search.Search;
import id.redaksi.search.SearchResult;
import id.redaksi.site.PublicWords;
import id.redaksi.site.Site;
import id.redaksi.web.Pages.SearchPage;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The search page (cari): results of one site, newest or most relevant first, filtered by rubric and dates, with
 * "Maksud Anda" for misspellings.
 */
@Controller
class SearchController {

    private final Search search;

    SearchController(Search search) {
        this.search = search;
    }

    @GetMapping("/cari")
    String search(
            Site site,
            @RequestParam(required = false) String q,
            @RequestParam(required = false) String kanal,
            @RequestParam(required = false) String dari,
            @RequestParam(required = false) String sampai,
            @RequestParam(required = false) String urut,
            @RequestParam(name = "halaman", required = false) String halaman,
            Model model) {
        var form = SearchForm.parse(site, q, kanal, dari, sampai, urut, halaman);
        var problem = form.problem(site.language());
        var result = problem == null ? search.search(form.query(site)) : null;
        model.addAttribute("page", page(site, form, problem, result));
        return "web/search";
    }

    private static SearchPage page(Site site, SearchForm form, String problem, SearchResult result) {
        var language = site.language();
        var heading = problem == null
                ? PublicWords.of(language, "search.heading", form.shownQuery())
                : PublicWords.of(language, "search.title");
        var meta = Meta.of(
                heading + " - " + site.name(),
                PublicWords.of(language, "search.description", site.name()),
                site.url("/cari"));
        if (result == null) {
            return new SearchPage(new Chrome(site, meta), form, heading, problem, null, null, null);
        }
        boolean hasNext = (long) form.page() * PageNumber.SIZE < result.listable();
        var pager = new Pages.Pager(
                form.page() > 1 ? form.path(form.q(), form.page() - 1) : null,
                hasNext ? form.path(form.q(), form.page() + 1) : null);
        var suggestion = result.suggestion() == null ? null : form.path(result.suggestion(), 1);
        return new SearchPage(new Chrome(site, meta), form, heading, null, result, suggestion, pager);
    }
}
