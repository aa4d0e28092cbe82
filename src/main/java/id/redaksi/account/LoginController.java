package id.redaksi.account;

import jakarta.servlet.http.HttpServletResponse;
import java.util.Map;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.security.authentication.AuthenticationServiceException;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.web.csrf.CsrfToken;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.ModelAndView;

/** The newsroom's login form; Spring Security handles its POST. */
@Controller
public class LoginController {

    static final String LOGIN = "/redaksi/masuk";

    static final String UNAVAILABLE = "Redaksi sedang tidak dapat dihubungi. Coba masuk lagi sebentar lagi.";

    public record LoginPage(CsrfToken csrf, String message, boolean problem) {}

    /** The query that names why a login failed: a wrong password, too many tries, or the newsroom out of reach. */
    static String flagFor(AuthenticationException failure) {
        if (failure instanceof ThrottledLogin.LoginThrottled) {
            return "?tunggu";
        }
        return failure instanceof AuthenticationServiceException ? "?gangguan" : "?gagal";
    }

    @GetMapping(LOGIN)
    ModelAndView login(CsrfToken csrf, @RequestParam Map<String, String> flags, HttpServletResponse response) {
        String message = null;
        boolean problem = true;
        if (flags.containsKey("gangguan")) {
            // 503, so monitoring counts it as the outage it is; the password was not judged
            response.setHeader(HttpHeaders.RETRY_AFTER, "30");
            var page = new ModelAndView("account/login", "page", new LoginPage(csrf, UNAVAILABLE, true));
            page.setStatus(HttpStatus.SERVICE_UNAVAILABLE);
            return page;
        }
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
