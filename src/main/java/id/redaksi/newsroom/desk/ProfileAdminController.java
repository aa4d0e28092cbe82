package id.redaksi.newsroom.desk;

import id.redaksi.account.Actor;
import id.redaksi.account.FormErrors;
import id.redaksi.account.NewsroomWords;
import id.redaksi.article.People;
import id.redaksi.article.Slugs;
import id.redaksi.newsroom.AuditLog;
import id.redaksi.newsroom.desk.AdminPages.PeoplePage;
import jakarta.validation.Valid;
import java.util.LinkedHashMap;
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

/**
 * The public profiles credits link to (penulis pages): made and edited by admins, each seeing only the profiles
 * {@link AdminScope} gives them.
 */
@Controller
class ProfileAdminController {

    private final People people;
    private final AdminScope scope;
    private final AuditLog audit;

    ProfileAdminController(People people, AdminScope scope, AuditLog audit) {
        this.people = people;
        this.scope = scope;
        this.audit = audit;
    }

    @GetMapping("/redaksi/admin/orang")
    ModelAndView people(Actor actor, CsrfToken csrf, Model model) {
        var blank = new PersonForm("", "");
        return peoplePage(actor, csrf, blank, null, Map.of(), DeskSupport.message(model), HttpStatus.OK);
    }

    @PostMapping("/redaksi/admin/orang")
    ModelAndView addPerson(
            Actor actor,
            CsrfToken csrf,
            @Valid @ModelAttribute PersonForm form,
            BindingResult binding,
            RedirectAttributes redirect) {
        scope.sites(actor);
        if (binding.hasErrors()) {
            return peoplePage(actor, csrf, form, null, FormErrors.of(binding), null, HttpStatus.BAD_REQUEST);
        }
        var name = form.name().strip();
        var slug = Slugs.of(name);
        for (int n = 2; people.slugTaken(slug); n++) {
            slug = Slugs.of(name) + "-" + n;
        }
        people.create(slug, name, form.bio());
        redirect.addFlashAttribute(DeskSupport.MESSAGE, NewsroomWords.t("people.created", slug));
        return new ModelAndView("redirect:/redaksi/admin/orang");
    }

    /** Saves the profile, or answers it back beside its row with what was typed. */
    @PostMapping("/redaksi/admin/orang/{personId}")
    ModelAndView editPerson(
            Actor actor,
            CsrfToken csrf,
            @PathVariable long personId,
            @Valid @ModelAttribute PersonForm form,
            BindingResult binding,
            RedirectAttributes redirect) {
        var before = scope.person(actor, personId).name();
        if (binding.hasErrors()) {
            var errors = new LinkedHashMap<String, String>();
            FormErrors.of(binding).forEach((field, message) -> errors.put(field + "-" + personId, message));
            return peoplePage(actor, csrf, form, personId, errors, null, HttpStatus.BAD_REQUEST);
        }
        var name = form.name().strip();
        people.update(personId, name, form.bio());
        audit.recordStaffChange(null, actor, "mengubah profil", before.equals(name) ? before : before + " → " + name);
        redirect.addFlashAttribute(DeskSupport.MESSAGE, NewsroomWords.t("people.saved"));
        return new ModelAndView("redirect:/redaksi/admin/orang");
    }

    private ModelAndView peoplePage(
            Actor actor,
            CsrfToken csrf,
            PersonForm form,
            Long editing,
            Map<String, String> errors,
            String message,
            HttpStatus status) {
        var page = new PeoplePage(DeskSupport.desk(actor, csrf), scope.people(actor), message, form, editing, errors);
        return new ModelAndView("newsroom/people", Map.of("page", page), status);
    }
}
