package id.redaksi.newsroom.desk;

import id.redaksi.account.Accounts;
import id.redaksi.account.Actor;
import id.redaksi.account.FormErrors;
import id.redaksi.account.NewAccount;
import id.redaksi.account.NotAllowed;
import id.redaksi.account.Role;
import id.redaksi.article.People;
import id.redaksi.article.Slugs;
import id.redaksi.newsroom.desk.DeskPages.PeoplePage;
import id.redaksi.newsroom.desk.DeskPages.UsersPage;
import id.redaksi.site.Sites;
import jakarta.validation.Valid;
import java.util.Map;
import org.springframework.http.HttpStatus;
import org.springframework.security.web.csrf.CsrfToken;
import org.springframework.stereotype.Controller;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.servlet.ModelAndView;

/**
 * Who works in the newsroom: accounts, their role on each site, and the public profiles credits link to.
 * A network admin manages everything; a site admin grants roles on their own sites only.
 */
@Controller
class AdminController {

    private final Accounts accounts;
    private final People people;
    private final Sites sites;

    AdminController(Accounts accounts, People people, Sites sites) {
        this.accounts = accounts;
        this.people = people;
        this.sites = sites;
    }

    @GetMapping("/redaksi/admin/pengguna")
    ModelAndView users(Actor actor, CsrfToken csrf, @RequestParam(name = "pesan", required = false) String message) {
        requireAnyAdmin(actor);
        return usersPage(actor, csrf, new NewAccount("", "", ""), Map.of(), message, HttpStatus.OK);
    }

    @PostMapping("/redaksi/admin/pengguna")
    ModelAndView create(Actor actor, CsrfToken csrf, @Valid @ModelAttribute NewAccount form, BindingResult binding) {
        requireAnyAdmin(actor);
        var errors = new java.util.LinkedHashMap<>(FormErrors.of(binding));
        if (errors.isEmpty() && accounts.exists(form.username())) {
            errors.put("username", "Nama pengguna sudah dipakai.");
        }
        if (!errors.isEmpty()) {
            return usersPage(actor, csrf, form, errors, null, HttpStatus.BAD_REQUEST);
        }
        accounts.create(form, false);
        return new ModelAndView("redirect:/redaksi/admin/pengguna?pesan=Akun+" + form.username() + "+dibuat.");
    }

    @PostMapping("/redaksi/admin/pengguna/{userId}/peran")
    String role(
            Actor actor,
            @PathVariable long userId,
            @RequestParam long siteId,
            @RequestParam(defaultValue = "") String role) {
        actor.require(Role.SITE_ADMIN, siteId);
        sites.byId(siteId).orElseThrow(() -> new NotAllowed("no site " + siteId));
        if (role.isBlank()) {
            accounts.revoke(userId, siteId);
        } else {
            accounts.grant(
                    userId,
                    siteId,
                    java.util.Arrays.stream(Role.values())
                            .filter(r -> r.name().equals(role))
                            .findFirst()
                            .orElseThrow(() -> new ResponseStatusException(HttpStatus.BAD_REQUEST, "role " + role)));
        }
        return "redirect:/redaksi/admin/pengguna?pesan=Peran+diperbarui.";
    }

    @PostMapping("/redaksi/admin/pengguna/{userId}/profil")
    String profile(Actor actor, @PathVariable long userId, @RequestParam(defaultValue = "") String personId) {
        DeskSupport.requireNetworkAdmin(actor);
        try {
            accounts.linkPerson(userId, personId.isBlank() ? null : Long.valueOf(personId));
        } catch (NumberFormatException e) {
            throw new ResponseStatusException(HttpStatus.BAD_REQUEST, "person " + personId);
        }
        return "redirect:/redaksi/admin/pengguna?pesan=Profil+dihubungkan.";
    }

    @GetMapping("/redaksi/admin/orang")
    ModelAndView people(Actor actor, CsrfToken csrf, @RequestParam(name = "pesan", required = false) String message) {
        requireAnyAdmin(actor);
        return new ModelAndView(
                "newsroom/people", "page", new PeoplePage(DeskSupport.desk(actor, csrf), people.all(), message, null));
    }

    @PostMapping("/redaksi/admin/orang")
    ModelAndView addPerson(
            Actor actor,
            CsrfToken csrf,
            @RequestParam(defaultValue = "") String name,
            @RequestParam(defaultValue = "") String bio) {
        requireAnyAdmin(actor);
        if (name.isBlank() || name.length() > 120) {
            var page = new PeoplePage(
                    DeskSupport.desk(actor, csrf),
                    people.all(),
                    null,
                    "Nama wajib diisi (paling banyak 120 karakter).");
            return new ModelAndView("newsroom/people", Map.of("page", page), HttpStatus.BAD_REQUEST);
        }
        var slug = Slugs.of(name);
        for (int n = 2; people.slugTaken(slug); n++) {
            slug = Slugs.of(name) + "-" + n;
        }
        people.create(slug, name.strip(), bio.strip());
        return new ModelAndView("redirect:/redaksi/admin/orang?pesan=Profil+" + slug + "+dibuat.");
    }

    @PostMapping("/redaksi/admin/orang/{personId}")
    String editPerson(
            Actor actor,
            @PathVariable long personId,
            @RequestParam String name,
            @RequestParam(defaultValue = "") String bio) {
        requireAnyAdmin(actor);
        if (!name.isBlank() && name.length() <= 120) {
            people.update(personId, name.strip(), bio.strip());
        }
        return "redirect:/redaksi/admin/orang?pesan=Profil+diperbarui.";
    }

    private ModelAndView usersPage(
            Actor actor,
            CsrfToken csrf,
            NewAccount form,
            Map<String, String> errors,
            String message,
            HttpStatus status) {
        var blank = new NewAccount(form.username(), form.displayName(), "");
        var page = new UsersPage(
                DeskSupport.desk(actor, csrf),
                actor,
                accounts.all(),
                sites.all(),
                people.all(),
                blank,
                errors,
                message);
        return new ModelAndView("newsroom/users", Map.of("page", page), status);
    }

    private static void requireAnyAdmin(Actor actor) {
        if (!actor.networkAdmin() && !actor.roles().containsValue(Role.SITE_ADMIN)) {
            throw new NotAllowed(actor.username() + " is no admin");
        }
    }
}
