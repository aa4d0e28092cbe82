package id.redaksi.account;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.provisioning.InMemoryUserDetailsManager;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.header.writers.ReferrerPolicyHeaderWriter.ReferrerPolicy;

/**
 * Readers need no account: public pages are open, and never create a session. The newsroom under
 * {@code /redaksi/} requires a login. Caching headers are left to the web module's policy, which knows
 * which pages are public.
 */
@Configuration(proxyBeanMethods = false)
class SecurityConfiguration {

    @Bean
    SecurityFilterChain security(HttpSecurity http) throws Exception {
        return http.authorizeHttpRequests(requests -> requests
                        .requestMatchers("/redaksi/**").authenticated()
                        .requestMatchers("/actuator/health/**", "/actuator/info").permitAll()
                        .requestMatchers("/actuator/**").denyAll()
                        .anyRequest().permitAll())
                .headers(headers -> headers
                        .cacheControl(cache -> cache.disable())
                        .referrerPolicy(policy -> policy.policy(ReferrerPolicy.STRICT_ORIGIN_WHEN_CROSS_ORIGIN))
                        .contentSecurityPolicy(csp -> csp.policyDirectives(
                                "default-src 'self'; img-src 'self' data: https:; style-src 'self'; "
                                        + "script-src 'self' 'unsafe-inline'; frame-src https:; object-src 'none'; "
                                        + "base-uri 'self'; form-action 'self'; frame-ancestors 'none'")))
                // the read beacon carries no session and changes nothing a forged request could abuse
                .csrf(csrf -> csrf.ignoringRequestMatchers("/hit", "/hit.gif"))
                .formLogin(form -> form.loginPage("/redaksi/masuk").permitAll())
                .build();
    }

    /** No users until the newsroom's accounts exist; never a generated default password. */
    @Bean
    UserDetailsService users() {
        return new InMemoryUserDetailsManager();
    }
}
