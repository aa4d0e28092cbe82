package id.redaksi.account;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.springframework.web.filter.OncePerRequestFilter;

/** Turns a login attempt away before the password is even checked once its account or address is throttled. */
class LoginThrottleFilter extends OncePerRequestFilter {

    static final String LOGIN = "/redaksi/masuk";

    private final LoginThrottle throttle;

    LoginThrottleFilter(LoginThrottle throttle) {
        this.throttle = throttle;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        if ("POST".equals(request.getMethod())
                && LOGIN.equals(request.getRequestURI())
                && throttle.blocked(request.getParameter("username"), request.getRemoteAddr())) {
            response.sendRedirect(LOGIN + "?tunggu");
            return;
        }
        chain.doFilter(request, response);
    }
}
