package id.redaksi.account;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.crypto.factory.PasswordEncoderFactories;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.header.writers.ReferrerPolicyHeaderWriter.ReferrerPolicy;

/**
 * Readers need no account: public pages are open and never create a session. The newsroom under
 * {@code /redaksi/} requires a login; what each user may do there is checked per site by {@link Actor}.
 * Caching headers are left to the web module's policy, which knows which pages are public.
 */
@Configuration(proxyBeanMethods = false)
class SecurityConfiguration {

    @Bean
    SecurityFilterChain security(HttpSecurity http, ThrottledLogin login) throws Exception {
        return http.authorizeHttpRequests(requests -> requests.requestMatchers(LoginController.LOGIN, "/redaksi/setup")
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
                .authenticationManager(login)
                .formLogin(form -> form.loginPage(LoginController.LOGIN)
                        .successHandler((request, response, auth) -> response.sendRedirect("/redaksi/"))
                        .failureHandler((request, response, e) ->
                                response.sendRedirect(LoginController.LOGIN + LoginController.flagFor(e))))
                .logout(logout ->
                        logout.logoutUrl("/redaksi/keluar").logoutSuccessUrl(LoginController.LOGIN + "?keluar"))
                .build();
    }

    /** Spring Security's current default: bcrypt today, and hashes name their encoder so it can change. */
    @Bean
    PasswordEncoder passwordEncoder() {
        return PasswordEncoderFactories.createDelegatingPasswordEncoder();
    }
}
