package id.redaksi.newsroom.desk;

import id.redaksi.account.Accounts;
import id.redaksi.account.Actor;
import id.redaksi.account.EmailAddress;
import id.redaksi.account.NewsroomWords;
import id.redaksi.newsroom.AuditLog;
import java.util.Map;
import java.util.Optional;
import org.springframework.http.HttpStatus;
import org.springframework.security.web.csrf.CsrfToken;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.ModelAndView;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * Everyone's own account: where the newsroom mails them, and the language its screens speak to them. Admins change
 * others' addresses at /redaksi/admin/pengguna.
 */
@Controller
class AccountController {

    private final Accounts accounts;
    private final AuditLog audit;

    AccountController(Accounts accounts, AuditLog audit) {
        this.accounts = accounts;
        this.audit = audit;
    }

    @GetMapping("/redaksi/akun")
    ModelAndView show(Actor actor, CsrfToken csrf, Model model) {
        var page =
                new AccountPage(DeskSupport.desk(actor, csrf), actor, actor.email(), null, DeskSupport.message(model));
        return new ModelAndView("newsroom/account", "page", page);
    }

    @PostMapping("/redaksi/akun/email")
    ModelAndView email(
            Actor actor, CsrfToken csrf, @RequestParam(defaultValue = "") String email, RedirectAttributes redirect) {
        Optional<EmailAddress> address;
        try {
            address = EmailAddress.typed(email);
        } catch (IllegalArgumentException e) {
            var page = new AccountPage(DeskSupport.desk(actor, csrf), actor, email, EmailAddress.PROBLEM, null);
            return new ModelAndView("newsroom/account", Map.of("page", page), HttpStatus.BAD_REQUEST);
        }
        accounts.setEmail(actor.id(), address.orElse(null));
        audit.recordStaffChange(null, actor, "mengubah email", actor.displayName());
        redirect.addFlashAttribute(
                DeskSupport.MESSAGE,
                NewsroomWords.t(address.isPresent() ? "account.email.saved" : "account.email.removed"));
        return new ModelAndView("redirect:/redaksi/akun");
    }

    /** The language of the newsroom's screens for this account; the message is already in the new one. */
    @PostMapping("/redaksi/akun/bahasa")
    ModelAndView language(
            Actor actor,
            CsrfToken csrf,
            @RequestParam(defaultValue = "") String language,
            RedirectAttributes redirect) {
        if (!NewsroomWords.LANGUAGES.containsKey(language)) {
            var refused = NewsroomWords.t("account.language.unknown");
            var page = new AccountPage(DeskSupport.desk(actor, csrf), actor, actor.email(), null, refused);
            return new ModelAndView("newsroom/account", Map.of("page", page), HttpStatus.BAD_REQUEST);
        }
        accounts.setLanguage(actor.id(), language);
        redirect.addFlashAttribute(DeskSupport.MESSAGE, NewsroomWords.of(language, "account.language.saved"));
        return new ModelAndView("redirect:/redaksi/akun");
    }
}
