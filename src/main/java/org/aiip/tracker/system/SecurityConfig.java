package org.aiip.tracker.system;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.HttpMethod;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.header.writers.ReferrerPolicyHeaderWriter.ReferrerPolicy;

/**
 * Who may use which route. Access is denied by default: every route the public may use is named
 * here; everything else is refused.
 */
@Configuration
class SecurityConfig {

    /** Content-Security-Policy: only this server's own scripts and styles, never framed. */
    static final String CSP = "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:; "
            + "font-src 'self'; object-src 'none'; base-uri 'self'; form-action 'self'; frame-ancestors 'none'";

    @Bean
    SecurityFilterChain securityFilterChain(HttpSecurity http) {
        http.authorizeHttpRequests(auth -> auth
                // Public: the pages of the initiative, static assets, the error page and health.
                .requestMatchers(HttpMethod.GET, "/", "/members", "/members/*", "/clauses", "/clauses/*",
                        "/filings", "/filings/*", "/agreements", "/agreements/*")
                .permitAll()
                .requestMatchers(HttpMethod.GET, "/webjars/**", "/css/**", "/js/**", "/images/**", "/favicon.ico")
                .permitAll()
                .requestMatchers("/error", "/actuator/health", "/actuator/health/**", "/actuator/info")
                .permitAll()
                .anyRequest()
                .denyAll())
            .headers(headers -> headers.contentSecurityPolicy(csp -> csp.policyDirectives(CSP))
                .referrerPolicy(referrer -> referrer.policy(ReferrerPolicy.STRICT_ORIGIN_WHEN_CROSS_ORIGIN))
                .frameOptions(frame -> frame.deny()));
        return http.build();
    }

}
