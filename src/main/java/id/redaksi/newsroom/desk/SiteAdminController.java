package id.redaksi.newsroom.desk;

import id.redaksi.account.Actor;
import id.redaksi.account.NotAllowed;
import id.redaksi.article.Slugs;
import id.redaksi.newsroom.desk.DeskPages.SitesPage;
import id.redaksi.site.NewSite;
import id.redaksi.site.Sites;
import java.time.DateTimeException;
import java.time.ZoneId;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.springframework.http.HttpStatus;
import org.springframework.security.web.csrf.CsrfToken;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.ModelAndView;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** The network's sites and their rubrics, managed by a network admin: a new region goes live from here. */
@Controller
public class SiteAdminController {

    /** The form for a new site, as typed. */
    public record SiteForm(
            String name, String slug, String dateline, String tagline, String host, String baseUrl, String zone) {}

    private final Sites sites;

    SiteAdminController(Sites sites) {
        this.sites = sites;
    }

    @GetMapping("/redaksi/admin/situs")
    ModelAndView list(Actor actor, CsrfToken csrf, Model model) {
        DeskSupport.requireNetworkAdmin(actor);
        var blank = new SiteForm("", "", "", "", "", "", "Asia/Jakarta");
        return page(actor, csrf, blank, Map.of(), DeskSupport.message(model), HttpStatus.OK);
    }

    @PostMapping("/redaksi/admin/situs")
    ModelAndView create(Actor actor, CsrfToken csrf, @ModelAttribute SiteForm form, RedirectAttributes redirect) {
        DeskSupport.requireNetworkAdmin(actor);
        var errors = problems(form);
        if (!errors.isEmpty()) {
            return page(actor, csrf, form, errors, null, HttpStatus.BAD_REQUEST);
        }
        var host = form.host().strip().toLowerCase(Locale.ROOT);
        var site = sites.create(new NewSite(
                Slugs.of(form.slug()),
                form.name().strip(),
                form.dateline().strip().toUpperCase(Locale.ROOT),
                text(form.tagline()),
                form.baseUrl().strip(),
                ZoneId.of(form.zone().strip()),
                null,
                List.of(host)));
        redirect.addFlashAttribute(DeskSupport.MESSAGE, "Situs " + site.slug() + " dibuat.");
        return new ModelAndView("redirect:/redaksi/admin/situs");
    }

    @PostMapping("/redaksi/admin/situs/{siteId}/kanal")
    String addRubric(
            Actor actor,
            @PathVariable long siteId,
            @RequestParam(defaultValue = "") String name,
            RedirectAttributes redirect) {
        DeskSupport.requireNetworkAdmin(actor);
        var site = sites.byId(siteId).orElseThrow(() -> new NotAllowed("no site " + siteId));
        var slug = Slugs.of(name);
        if (!name.isBlank() && name.length() <= 60 && site.rubric(slug).isEmpty()) {
            sites.addRubric(siteId, slug, name.strip());
        }
        redirect.addFlashAttribute(DeskSupport.MESSAGE, "Kanal " + slug + " tersedia di " + site.slug() + ".");
        return "redirect:/redaksi/admin/situs";
    }

    private Map<String, String> problems(SiteForm form) {
        var errors = new LinkedHashMap<String, String>();
        if (blank(form.name())) {
            errors.put("name", "Nama situs wajib diisi.");
        }
        if (blank(form.slug()) || sites.bySlug(Slugs.of(form.slug())).isPresent()) {
            errors.put("slug", "Slug wajib diisi dan belum dipakai situs lain.");
        }
        if (blank(form.dateline())) {
            errors.put("dateline", "Dateline wajib diisi, misalnya WARTAMALANG.");
        }
        if (blank(form.host())
                || !form.host().strip().matches("[A-Za-z0-9.-]+")
                || sites.byHost(form.host()).isPresent()) {
            errors.put("host", "Nama host wajib diisi, tanpa http:// dan belum dipakai situs lain.");
        }
        if (blank(form.baseUrl()) || !form.baseUrl().strip().matches("https?://[^/\\s]+")) {
            errors.put("baseUrl", "Alamat dasar seperti https://wartamalang.id (tanpa garis miring di akhir).");
        }
        try {
            ZoneId.of(text(form.zone()));
        } catch (DateTimeException e) {
            errors.put("zone", "Zona waktu seperti Asia/Jakarta, Asia/Makassar atau Asia/Jayapura.");
        }
        return errors;
    }

    private ModelAndView page(
            Actor actor, CsrfToken csrf, SiteForm form, Map<String, String> errors, String message, HttpStatus status) {
        var page = new SitesPage(DeskSupport.desk(actor, csrf), sites.all(), form, errors, message);
        return new ModelAndView("newsroom/sites", Map.of("page", page), status);
    }

    private static boolean blank(String value) {
        return value == null || value.isBlank();
    }

    private static String text(String value) {
        return value == null ? "" : value.strip();
    }
}
