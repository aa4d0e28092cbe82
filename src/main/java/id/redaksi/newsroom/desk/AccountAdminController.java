package id.redaksi.newsroom.desk;

import id.redaksi.account.Accounts;
import id.redaksi.account.Actor;
import id.redaksi.account.EmailAddress;
import id.redaksi.account.FormErrors;
import id.redaksi.account.NewAccount;
import id.redaksi.account.NewsroomWords;
import id.redaksi.account.Role;
import id.redaksi.article.People;
import id.redaksi.newsroom.AuditLog;
import id.redaksi.newsroom.desk.AdminPages.UsersPage;
import jakarta.validation.Valid;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.http.HttpStatus;
import org.springframework.security.web.csrf.CsrfToken;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.ModelAndView;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * Who works in the newsroom: accounts, their role on each site, their email and the profile their credits show.
 * {@link AdminScope} decides which of them an admin may see and change; the profiles themselves are
 * {@link ProfileAdminController}'s.
 */
@Controller
class AccountAdminController {

    private final Accounts accounts;
    private final People people;
    private final AdminScope scope;
    private final AuditLog audit;

    AccountAdminController(Accounts accounts, People people, AdminScope scope, AuditLog audit) {
        this.accounts = accounts;
        this.people = people;
        this.scope = scope;
        this.audit = audit;
    }

    @GetMapping("/redaksi/admin/pengguna")
    ModelAndView users(Actor actor, CsrfToken csrf, Model model) {
        return usersPage(
                actor, csrf, new NewAccount("", "", ""), "", Map.of(), DeskSupport.message(model), HttpStatus.OK);
    }

    /** A site admin's new account starts with a role on one of their sites; a network admin's may have none. */
    @PostMapping("/redaksi/admin/pengguna")
    ModelAndView create(
            Actor actor,
            CsrfToken csrf,
            @Valid @ModelAttribute NewAccount form,
            BindingResult binding,
            @RequestParam(name = "siteId", required = false) Long site,
            @RequestParam(required = false) Role role,
            @RequestParam(defaultValue = "") String email,
            RedirectAttributes redirect) {
        scope.sites(actor);
        var errors = new LinkedHashMap<>(FormErrors.of(binding));
        var address = typedEmail(email, errors);
        if (site == null ? !actor.networkAdmin() : role == null) {
            errors.put("siteId", NewsroomWords.t("users.siteMissing"));
        }
        if (site != null) {
            scope.site(actor, site);
        }
        if (errors.isEmpty() && accounts.exists(form.username())) {
            errors.put("username", NewsroomWords.t("users.usernameTaken"));
        }
        if (!errors.isEmpty()) {
            return usersPage(actor, csrf, form, email, errors, null, HttpStatus.BAD_REQUEST);
        }
        var who = form.displayName() + " (" + form.username() + ")";
        if (site == null) {
            address.ifPresent(
                    a -> accounts.setEmail(accounts.create(form, false).id(), a));
            audit.recordStaffChange(null, actor, "membuat akun", who);
        } else {
            var created = accounts.create(form, site, role);
            address.ifPresent(a -> accounts.setEmail(created.id(), a));
            audit.recordStaffChange(site, actor, "membuat akun", who + " sebagai " + role.label());
        }
        redirect.addFlashAttribute(DeskSupport.MESSAGE, NewsroomWords.t("users.created", form.username()));
        return new ModelAndView("redirect:/redaksi/admin/pengguna");
    }

    @PostMapping("/redaksi/admin/pengguna/{userId}/peran")
    String role(
            Actor actor,
            @PathVariable long userId,
            @RequestParam long siteId,
            @RequestParam(required = false) Role role,
            RedirectAttributes redirect) {
        scope.site(actor, siteId);
        scope.account(actor, userId);
        var account = accounts.byId(userId).orElseThrow();
        var before = account.roleOn(siteId);
        if (role == null) {
            accounts.revoke(userId, siteId);
            before.ifPresent(old -> audit.recordStaffChange(
                    siteId, actor, "mencabut peran", account.displayName() + ": " + old.label()));
        } else {
            accounts.grant(userId, siteId, role);
            if (before.isEmpty()) {
                audit.recordStaffChange(siteId, actor, "memberi peran", account.displayName() + ": " + role.label());
            } else if (before.get() != role) {
                audit.recordStaffChange(
                        siteId,
                        actor,
                        "mengubah peran",
                        account.displayName() + ": " + before.get().label() + " → " + role.label());
            }
        }
        redirect.addFlashAttribute(DeskSupport.MESSAGE, NewsroomWords.t("users.roleSaved"));
        return "redirect:/redaksi/admin/pengguna";
    }

    /** Where the newsroom mails an account; the person changes their own at /redaksi/akun too. */
    @PostMapping("/redaksi/admin/pengguna/{userId}/email")
    ModelAndView email(
            Actor actor,
            CsrfToken csrf,
            @PathVariable long userId,
            @RequestParam(defaultValue = "") String email,
            RedirectAttributes redirect) {
        var account = scope.account(actor, userId);
        var errors = new LinkedHashMap<String, String>();
        var address = typedEmail(email, errors);
        if (!errors.isEmpty()) {
            var message = "Email " + account.username() + ": " + errors.get("email");
            return usersPage(actor, csrf, new NewAccount("", "", ""), "", Map.of(), message, HttpStatus.BAD_REQUEST);
        }
        accounts.setEmail(userId, address.orElse(null));
        audit.recordStaffChange(null, actor, "mengubah email", account.displayName());
        redirect.addFlashAttribute(DeskSupport.MESSAGE, NewsroomWords.t("users.emailSaved", account.username()));
        return new ModelAndView("redirect:/redaksi/admin/pengguna");
    }

    /** The address typed, if any; a refused one is put among the form's errors. */
    private static Optional<EmailAddress> typedEmail(String email, Map<String, String> errors) {
        try {
            return EmailAddress.typed(email);
        } catch (IllegalArgumentException e) {
            errors.put("email", EmailAddress.PROBLEM);
            return Optional.empty();
        }
    }

    @PostMapping("/redaksi/admin/pengguna/{userId}/profil")
    String profile(
            Actor actor,
            @PathVariable long userId,
            @RequestParam(name = "personId", required = false) Long person,
            RedirectAttributes redirect) {
        DeskSupport.requireNetworkAdmin(actor);
        scope.account(actor, userId);
        accounts.linkPerson(
                userId, person == null ? null : scope.person(actor, person).id());
        redirect.addFlashAttribute(DeskSupport.MESSAGE, NewsroomWords.t("users.profileLinked"));
        return "redirect:/redaksi/admin/pengguna";
    }

    private ModelAndView usersPage(
            Actor actor,
            CsrfToken csrf,
            NewAccount form,
            String email,
            Map<String, String> errors,
            String message,
            HttpStatus status) {
        var blank = new NewAccount(form.username(), form.displayName(), "");
        var page = new UsersPage(
                DeskSupport.desk(actor, csrf),
                actor,
                scope.accounts(actor),
                scope.sites(actor),
                actor.networkAdmin() ? people.all() : List.of(),
                blank,
                email,
                errors,
                message);
        return new ModelAndView("newsroom/users", Map.of("page", page), status);
    }
}
