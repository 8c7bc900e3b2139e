package org.aiip.tracker.account.internal;

import tools.jackson.databind.json.JsonMapper;

import org.springframework.context.MessageSource;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpMethod;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.authentication.AnonymousAuthenticationFilter;
import org.springframework.security.web.context.RequestAttributeSecurityContextRepository;

/**
 * Who may use which API route ({@code /api/v1/**}), checked before the pages' rules in
 * {@link SecurityConfig}. The API is stateless: no session is read or created, so a browser's
 * session cookie signs nobody in here and CSRF protection is not needed; a caller is known only by
 * a personal API token ({@link ApiTokenAuthenticationFilter}). Reading is open to everyone; the
 * filing writes are for admins and editors (editors for their own company: checked in
 * {@code FilingEditService}); anything else is refused.
 */
@Configuration
class ApiSecurityConfig {

    @Bean
    @Order(1)
    SecurityFilterChain apiSecurityFilterChain(HttpSecurity http, ApiTokenService tokens, JsonMapper json,
            MessageSource messages, InvalidTokenLimiter limiter) {
        BearerTokenProblems problems = new BearerTokenProblems(json, messages);
        http.securityMatcher("/api/v1/**")
            .authorizeHttpRequests(auth -> auth
                .requestMatchers(HttpMethod.GET, "/api/v1/**").permitAll()
                .requestMatchers(HttpMethod.POST, "/api/v1/filings", "/api/v1/filings/*/withdraw")
                .hasAnyRole(SecurityConfig.ADMIN, SecurityConfig.EDITOR)
                .requestMatchers(HttpMethod.PUT, "/api/v1/filings/*")
                .hasAnyRole(SecurityConfig.ADMIN, SecurityConfig.EDITOR)
                .anyRequest()
                .denyAll())
            .addFilterBefore(new ApiTokenAuthenticationFilter(tokens, problems, limiter), AnonymousAuthenticationFilter.class)
            .sessionManagement(session -> session.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
            .securityContext(context -> context.securityContextRepository(new RequestAttributeSecurityContextRepository()))
            .requestCache(cache -> cache.disable())
            .csrf(csrf -> csrf.disable())
            .formLogin(form -> form.disable())
            .httpBasic(basic -> basic.disable())
            .logout(logout -> logout.disable())
            .exceptionHandling(errors -> errors.authenticationEntryPoint(problems).accessDeniedHandler(problems))
            .headers(headers -> headers.contentSecurityPolicy(csp -> csp.policyDirectives(SecurityConfig.CSP))
                .frameOptions(frame -> frame.deny()));
        return http.build();
    }

}
