package id.redaksi.account;

import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Set;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.MediaType;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.crypto.factory.PasswordEncoderFactories;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.access.AccessDeniedHandlerImpl;
import org.springframework.security.web.authentication.LoginUrlAuthenticationEntryPoint;
import org.springframework.security.web.csrf.CsrfException;
import org.springframework.security.web.header.writers.ReferrerPolicyHeaderWriter.ReferrerPolicy;
import org.springframework.security.web.util.matcher.MediaTypeRequestMatcher;
import org.springframework.security.web.util.matcher.RequestMatcher;

/**
 * Readers need no account: public pages are open and never create a session. The newsroom under
 * {@code /redaksi/} requires a login; what each user may do there is checked per site by {@link Actor}.
 * Caching headers are left to the web module's policy, which knows which pages are public.
 */
@Configuration(proxyBeanMethods = false)
class SecurityConfiguration {

    static final String SESSION_EXPIRED = "/redaksi/sesi-berakhir";

    private static final LoginUrlAuthenticationEntryPoint LOGIN_PAGE =
            new LoginUrlAuthenticationEntryPoint(LoginController.LOGIN);

    @Bean
    SecurityFilterChain security(HttpSecurity http, ThrottledLogin login) throws Exception {
        return http.authorizeHttpRequests(
                        requests -> requests.requestMatchers(LoginController.LOGIN, "/redaksi/setup", SESSION_EXPIRED)
                                .permitAll()
                                .requestMatchers("/redaksi/**")
                                .authenticated()
                                .requestMatchers("/actuator/health/**", "/actuator/info")
                                .permitAll()
                                .requestMatchers("/actuator/**")
                                .denyAll()
                                .anyRequest()
                                .permitAll())
                .headers(headers -> headers.cacheControl(cache -> cache.disable())
                        .referrerPolicy(policy -> policy.policy(ReferrerPolicy.STRICT_ORIGIN_WHEN_CROSS_ORIGIN))
                        .contentSecurityPolicy(csp -> csp.policyDirectives(ContentSecurityPolicy.DIRECTIVES)))
                .exceptionHandling(errors -> errors.authenticationEntryPoint(SecurityConfiguration::loginRequired)
                        .accessDeniedHandler(SecurityConfiguration::denied))
                .authenticationManager(login)
                .formLogin(form -> form.loginPage(LoginController.LOGIN)
                        .successHandler((request, response, auth) -> response.sendRedirect("/redaksi/"))
                        .failureHandler((request, response, e) -> {
                            FailedLogins.log(request, e);
                            response.sendRedirect(LoginController.LOGIN + LoginController.flagFor(e));
                        }))
                .logout(logout ->
                        logout.logoutUrl("/redaksi/keluar").logoutSuccessUrl(LoginController.LOGIN + "?keluar"))
                .build();
    }

    /** The desk's background requests (autosave, heartbeat) ask for JSON: a 401 tells them, a login page would not. */
    private static RequestMatcher fetch() {
        var json = new MediaTypeRequestMatcher(MediaType.APPLICATION_JSON);
        json.setIgnoredMediaTypes(Set.of(MediaType.ALL));
        return json;
    }

    private static void loginRequired(
            HttpServletRequest request, HttpServletResponse response, AuthenticationException e)
            throws IOException, ServletException {
        if (fetch().matches(request)) {
            response.sendError(HttpServletResponse.SC_UNAUTHORIZED);
        } else {
            LOGIN_PAGE.commence(request, response, e);
        }
    }

    /**
     * A newsroom form posted after the session expired carries a token the new session does not know. The public 403
     * kept nothing of what was typed: the newsroom's page at {@link #SESSION_EXPIRED} answers the posted form back.
     */
    private static void denied(HttpServletRequest request, HttpServletResponse response, AccessDeniedException e)
            throws IOException, ServletException {
        var uri = request.getRequestURI();
        if (e instanceof CsrfException
                && uri.startsWith("/redaksi/")
                && !uri.equals(LoginController.LOGIN)
                && !fetch().matches(request)) {
            response.setStatus(HttpServletResponse.SC_FORBIDDEN);
            request.getRequestDispatcher(SESSION_EXPIRED).forward(request, response);
            return;
        }
        new AccessDeniedHandlerImpl().handle(request, response, e);
    }

    /** Spring Security's current default: bcrypt today, and hashes name their encoder so it can change. */
    @Bean
    PasswordEncoder passwordEncoder() {
        return PasswordEncoderFactories.createDelegatingPasswordEncoder();
    }
}
