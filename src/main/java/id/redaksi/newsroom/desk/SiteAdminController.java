package id.redaksi.newsroom.desk;

import id.redaksi.account.Actor;
import id.redaksi.account.FormErrors;
import id.redaksi.account.NewsroomWords;
import id.redaksi.account.NotAllowed;
import id.redaksi.article.Slugs;
import id.redaksi.newsroom.AuditLog;
import id.redaksi.newsroom.desk.AdminPages.SitesPage;
import id.redaksi.site.NewSite;
import id.redaksi.site.Sites;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.time.ZoneId;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.springframework.http.HttpStatus;
import org.springframework.security.web.csrf.CsrfToken;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.ModelAndView;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** The network's sites and their rubrics, managed by a network admin: a new region goes live from here. */
@Controller
public class SiteAdminController {

    /** The form for a new site, as typed; whether its slug and host are free is checked against the other sites. */
    public record SiteForm(
            @NotBlank(message = "{site.name.missing}") String name,
            @NotBlank(message = SLUG) String slug,

            @NotBlank(message = "{site.dateline.missing}") String dateline,

            String tagline,

            @NotBlank(message = HOST) @Pattern(regexp = "\\s*[A-Za-z0-9.-]+\\s*", message = HOST)
            String host,

            @NotBlank(message = BASE_URL) @Pattern(regexp = "\\s*https?://[^/\\s]+\\s*", message = BASE_URL)
            String baseUrl,

            @ZoneName(message = "{site.zone.invalid}") String zone) {}

    /** A new rubric for one site, as typed. */
    public record RubricForm(
            @NotBlank(message = "{rubric.name.missing}") @Size(max = 60, message = "{rubric.name.tooLong}")
            String name) {}

    /**
     * A rubric form of one site as it was sent, with what is wrong with it.
     *
     * @param slug the rubric being renamed; null for the new-rubric form
     */
    public record RubricEntry(long siteId, String slug, String name, String error) {}

    private static final String SLUG = "Slug wajib diisi dan belum dipakai situs lain.";
    private static final String HOST = "Nama host wajib diisi, tanpa http:// dan belum dipakai situs lain.";
    private static final String BASE_URL = "Alamat dasar seperti https://wartamalang.id (tanpa garis miring di akhir).";

    private static final SiteForm BLANK = new SiteForm("", "", "", "", "", "", "Asia/Jakarta");

    private final Sites sites;
    private final AuditLog audit;

    SiteAdminController(Sites sites, AuditLog audit) {
        this.sites = sites;
        this.audit = audit;
    }

    @GetMapping("/redaksi/admin/situs")
    ModelAndView list(Actor actor, CsrfToken csrf, Model model) {
        DeskSupport.requireNetworkAdmin(actor);
        return page(actor, csrf, BLANK, Map.of(), null, DeskSupport.message(model), HttpStatus.OK);
    }

    @PostMapping("/redaksi/admin/situs")
    ModelAndView create(
            Actor actor,
            CsrfToken csrf,
            @Valid @ModelAttribute SiteForm form,
            BindingResult binding,
            RedirectAttributes redirect) {
        DeskSupport.requireNetworkAdmin(actor);
        var errors = new LinkedHashMap<>(FormErrors.of(binding));
        if (!errors.containsKey("slug") && sites.bySlug(Slugs.of(form.slug())).isPresent()) {
            errors.put("slug", SLUG);
        }
        if (!errors.containsKey("host") && sites.byHost(form.host().strip()).isPresent()) {
            errors.put("host", HOST);
        }
        if (!errors.isEmpty()) {
            return page(actor, csrf, form, errors, null, null, HttpStatus.BAD_REQUEST);
        }
        var host = form.host().strip().toLowerCase(Locale.ROOT);
        var site = sites.create(new NewSite(
                Slugs.of(form.slug()),
                form.name().strip(),
                form.dateline().strip().toUpperCase(Locale.ROOT),
                form.tagline() == null ? "" : form.tagline().strip(),
                form.baseUrl().strip(),
                ZoneId.of(form.zone().strip()),
                null,
                List.of(host)));
        redirect.addFlashAttribute(DeskSupport.MESSAGE, NewsroomWords.t("sites.created", site.slug()));
        return new ModelAndView("redirect:/redaksi/admin/situs");
    }

    /** Adds the rubric, or answers the name back beside its field: a rubric it did not add is never "available". */
    @PostMapping("/redaksi/admin/situs/{siteId}/kanal")
    ModelAndView addRubric(
            Actor actor,
            CsrfToken csrf,
            @PathVariable long siteId,
            @Valid @ModelAttribute RubricForm form,
            BindingResult binding,
            RedirectAttributes redirect) {
        DeskSupport.requireNetworkAdmin(actor);
        var site = sites.byId(siteId).orElseThrow(() -> new NotAllowed("no site " + siteId));
        var error = FormErrors.of(binding).get("name");
        var slug = error == null ? Slugs.of(form.name()) : "";
        if (error == null && slug.isEmpty()) {
            error = "Nama kanal perlu huruf atau angka.";
        } else if (error == null && site.rubric(slug).isPresent()) {
            error = "Situs ini sudah punya kanal " + slug + ".";
        }
        if (error != null) {
            var typed = new RubricEntry(siteId, null, form.name(), error);
            return page(actor, csrf, BLANK, Map.of(), typed, null, HttpStatus.BAD_REQUEST);
        }
        sites.addRubric(siteId, slug, form.name().strip());
        redirect.addFlashAttribute(DeskSupport.MESSAGE, NewsroomWords.t("sites.rubricAdded", slug, site.slug()));
        return new ModelAndView("redirect:/redaksi/admin/situs");
    }

    /**
     * Renames a rubric and keeps its slug, so no address changes; every node shows the new name in its navigation
     * within a second, because {@link Sites} announces the change as it does a new rubric.
     */
    @PostMapping("/redaksi/admin/situs/{siteId}/kanal/{slug}/nama")
    ModelAndView renameRubric(
            Actor actor,
            CsrfToken csrf,
            @PathVariable long siteId,
            @PathVariable String slug,
            @Valid @ModelAttribute RubricForm form,
            BindingResult binding,
            RedirectAttributes redirect) {
        DeskSupport.requireNetworkAdmin(actor);
        var site = sites.byId(siteId).orElseThrow(() -> new NotAllowed("no site " + siteId));
        var rubric = site.rubric(slug).orElseThrow(() -> new NotAllowed("no rubric " + slug + " on " + siteId));
        var error = FormErrors.of(binding).get("name");
        if (error != null) {
            var typed = new RubricEntry(siteId, slug, form.name(), error);
            return page(actor, csrf, BLANK, Map.of(), typed, null, HttpStatus.BAD_REQUEST);
        }
        var name = form.name().strip();
        sites.renameRubric(siteId, slug, name);
        audit.recordStaffChange(siteId, actor, "mengganti nama kanal", rubric.name() + " \u2192 " + name);
        redirect.addFlashAttribute(
                DeskSupport.MESSAGE, NewsroomWords.t("sites.rubricRenamed", slug, site.slug(), name));
        return new ModelAndView("redirect:/redaksi/admin/situs");
    }

    private ModelAndView page(
            Actor actor,
            CsrfToken csrf,
            SiteForm form,
            Map<String, String> errors,
            RubricEntry rubric,
            String message,
            HttpStatus status) {
        var page = new SitesPage(DeskSupport.desk(actor, csrf), sites.all(), form, errors, rubric, message);
        return new ModelAndView("newsroom/sites", Map.of("page", page), status);
    }
}
