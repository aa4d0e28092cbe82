package id.redaksi.account;

import java.util.Map;
import org.springframework.security.web.csrf.CsrfToken;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.ModelAndView;

/** The newsroom's login form; Spring Security handles its POST. */
@Controller
public class LoginController {

    static final String LOGIN = "/redaksi/masuk";

    public record LoginPage(CsrfToken csrf, String message, boolean problem) {}

    @GetMapping(LOGIN)
    ModelAndView login(CsrfToken csrf, @RequestParam Map<String, String> flags) {
        String message = null;
        boolean problem = true;
        if (flags.containsKey("gagal")) {
            message = "Nama pengguna atau kata sandi salah.";
        } else if (flags.containsKey("tunggu")) {
            message = "Terlalu banyak percobaan masuk. Coba lagi dalam " + LoginThrottle.LONGEST_WAIT.toMinutes()
                    + " menit.";
        } else if (flags.containsKey("keluar")) {
            message = "Anda sudah keluar.";
            problem = false;
        } else if (flags.containsKey("siap")) {
            message = "Admin jaringan sudah dibuat. Silakan masuk.";
            problem = false;
        }
        return new ModelAndView("account/login", "page", new LoginPage(csrf, message, problem));
    }
}
