package id.redaksi.account;

import jakarta.validation.Valid;
import java.util.Map;
import org.springframework.http.HttpStatus;
import org.springframework.security.web.csrf.CsrfToken;
import org.springframework.stereotype.Controller;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.ModelAndView;

/** Creating the first network admin with the one-time token from the log. */
@Controller
public class SetupController {

    public record SetupPage(CsrfToken csrf, String token, NewAccount form, Map<String, String> errors) {}

    private final FirstAdminSetup setup;

    SetupController(FirstAdminSetup setup) {
        this.setup = setup;
    }

    @GetMapping("/redaksi/setup")
    ModelAndView form(CsrfToken csrf, @RequestParam(name = "token", defaultValue = "") String token) {
        if (!setup.isOpen()) {
            return new ModelAndView("redirect:/redaksi/masuk");
        }
        return page(csrf, token, new NewAccount("", "", ""), Map.of(), HttpStatus.OK);
    }

    @PostMapping("/redaksi/setup")
    ModelAndView create(
            CsrfToken csrf,
            @RequestParam(name = "token", defaultValue = "") String token,
            @Valid @ModelAttribute NewAccount form,
            BindingResult binding) {
        if (!setup.isOpen()) {
            return new ModelAndView("redirect:/redaksi/masuk");
        }
        if (!setup.accepts(token)) {
            return page(
                    csrf,
                    "",
                    form,
                    Map.of("token", "Token tidak cocok dengan yang tercetak di log server."),
                    HttpStatus.BAD_REQUEST);
        }
        if (binding.hasErrors()) {
            return page(csrf, token, form, FormErrors.of(binding), HttpStatus.BAD_REQUEST);
        }
        setup.createFirstAdmin(token, form);
        return new ModelAndView("redirect:/redaksi/masuk?siap");
    }

    private static ModelAndView page(
            CsrfToken csrf, String token, NewAccount form, Map<String, String> errors, HttpStatus status) {
        var blank = new NewAccount(form.username(), form.displayName(), "");
        return new ModelAndView("account/setup", Map.of("page", new SetupPage(csrf, token, blank, errors)), status);
    }
}
