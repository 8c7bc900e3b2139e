package org.aiip.tracker.account.internal;

import java.util.Map;

import org.springframework.beans.factory.ListableBeanFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.core.env.Environment;
import org.springframework.http.HttpMethod;
import org.springframework.security.authorization.AuthorizationEventPublisher;
import org.springframework.security.authorization.SpringAuthorizationEventPublisher;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.config.observation.SecurityObservationSettings;
import org.springframework.security.crypto.argon2.Argon2PasswordEncoder;
import org.springframework.security.crypto.password.DelegatingPasswordEncoder;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.access.intercept.AuthorizationFilter;
import org.springframework.security.web.authentication.AnonymousAuthenticationFilter;
import org.springframework.security.web.context.DelegatingSecurityContextRepository;
import org.springframework.security.web.context.HttpSessionSecurityContextRepository;
import org.springframework.security.web.context.RequestAttributeSecurityContextRepository;
import org.springframework.security.web.context.SecurityContextRepository;
import org.springframework.security.web.header.writers.DelegatingRequestMatcherHeaderWriter;
import org.springframework.security.web.header.writers.ReferrerPolicyHeaderWriter.ReferrerPolicy;
import org.springframework.security.web.header.writers.StaticHeadersWriter;
import org.springframework.security.web.servlet.util.matcher.PathPatternRequestMatcher;
import org.springframework.security.web.util.matcher.NegatedRequestMatcher;
import org.springframework.security.web.util.matcher.RequestMatcher;

/**
 * Who may use which route. Access is denied by default: every route is named here with the
 * people who may use it, and anything not named is refused. Whose data a person may change is
 * checked again in the services.
 */
@Configuration
class SecurityConfig {

    /** Content-Security-Policy: only this server's own scripts and styles, never framed. */
    static final String CSP = "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:; "
            + "font-src 'self'; object-src 'none'; base-uri 'self'; form-action 'self'; frame-ancestors 'none'";

    /** The same for Swagger UI's pages (the API's interactive documentation), which style elements inline. */
    static final String API_UI_CSP = CSP.replace("style-src 'self'", "style-src 'self' 'unsafe-inline'");

    static final String CSP_HEADER = "Content-Security-Policy";

    /** What everyone may read (GET and HEAD): the initiative's pages, static files, the read API and its documentation. */
    static final String[] PUBLIC_READS = { "/", "/members", "/members/*", "/clauses", "/clauses/*", "/filings",
            "/filings/*", "/agreements", "/agreements/*", "/sources", "/clauses/*/versions", "/families/*",
            // Open data (issue 17): the list of snapshots and their downloads.
            "/data", "/data/snapshots/*",
            // The registries behind the clauses: lists, records, kept licence texts, CSV downloads.
            "/licences", "/licences.csv", "/licences/*", "/licences/*/snapshots/*", "/licences/*/snapshots/*/file",
            "/litigation", "/litigation.csv", "/litigation/*", "/transfers", "/transfers.csv", "/transfers/*",
            "/standards", "/standards.csv", "/standards/*",
            "/webjars/**", "/css/**", "/js/**", "/images/**",
            "/favicon.ico", "/api/v1/**", "/api", "/v3/api-docs", "/v3/api-docs/**", "/swagger-ui/**" };

    static final String ADMIN = "ADMIN";

    static final String EDITOR = "EDITOR";

    /** Swagger UI's own pages and scripts, served by springdoc from its WebJar. */
    static final RequestMatcher API_UI = PathPatternRequestMatcher.withDefaults().matcher("/swagger-ui/**");

    /**
     * The separate management port, when an operator sets one ({@code management.server.port}, on the
     * private network): health, info and metrics for the load balancer and a Prometheus scraper,
     * without signing in; nothing else. No session, no sign-in page there. Without a management port
     * this chain matches nothing and the actuator stays on the main port under the rules below.
     */
    @Bean
    @Order(1)
    SecurityFilterChain managementPortSecurityFilterChain(HttpSecurity http, Environment environment) {
        http.securityMatcher(new ManagementPortRequestMatcher(environment))
            .authorizeHttpRequests(auth -> auth
                .requestMatchers(HttpMethod.GET, "/actuator/health", "/actuator/health/**", "/actuator/info",
                        "/actuator/prometheus")
                .permitAll()
                .anyRequest()
                .denyAll())
            .sessionManagement(session -> session.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
            .requestCache(cache -> cache.disable())
            .headers(headers -> headers.contentSecurityPolicy(csp -> csp.policyDirectives(CSP)));
        return http.build();
    }

    @Bean
    @Order(2)
    SecurityFilterChain securityFilterChain(HttpSecurity http, AccountUserDetailsService users, PasswordEncoder encoder,
            LoginThrottleService throttle, SecurityContextRepository contexts, UserAccountRepository accounts,
            SecondFactorService secondFactor, AppSettingService settings, ListableBeanFactory beans) {
        http.authorizeHttpRequests(auth -> auth
                // Signing in and out.
                .requestMatchers(HttpMethod.GET, "/login").permitAll()
                .requestMatchers("/login/totp").hasAuthority(SecondFactorSuccessHandler.PENDING)
                // Admins only: accounts, settings, the audit log, members, agreements, clause texts.
                .requestMatchers("/admin/users/**", "/admin/settings/**", "/admin/audit/**", "/admin/names/**")
                .hasRole(ADMIN)
                .requestMatchers("/members/new", "/members/*/edit", "/members/*/withdraw").hasRole(ADMIN)
                // A member's membership events (issue 17): admins record and remove them; everyone reads them on the member page.
                .requestMatchers("/members/*/membership/**", "/members/*/membership").hasRole(ADMIN)
                .requestMatchers("/agreements/new", "/agreements/*/edit").hasRole(ADMIN)
                .requestMatchers("/clauses/*/texts/**", "/compliance/*/review").hasRole(ADMIN)
                // Open data (issue 17): admins take a snapshot and restore one into an empty instance; everyone lists them (below).
                .requestMatchers(HttpMethod.POST, "/data/snapshots", "/data/restore").hasRole(ADMIN)
                .requestMatchers("/admin/import/**").hasAnyRole(ADMIN, EDITOR)
                // Admins and editors (editors for their own company: checked in the services).
                .requestMatchers("/filings/new", "/filings/*/edit", "/filings/*/withdraw", "/filings/*/history")
                .hasAnyRole(ADMIN, EDITOR)
                .requestMatchers("/members/*/profile", "/members/*/history", "/agreements/*/history")
                .hasAnyRole(ADMIN, EDITOR)
                // A member's aliases: admins edit and approve; editors propose for their own company.
                .requestMatchers("/members/*/aliases", "/members/*/aliases/**").hasAnyRole(ADMIN, EDITOR)
                .requestMatchers("/compliance/**").hasAnyRole(ADMIN, EDITOR)
                // What is due for review (issue 17): every member's for admins, their own company's for editors.
                .requestMatchers(HttpMethod.GET, "/reviews").hasAnyRole(ADMIN, EDITOR)
                // The registries behind the clauses: admins for any member, editors for their own company
                // (checked in the services); histories for both.
                .requestMatchers("/licences/new", "/licences/*/edit", "/licences/*/history").hasAnyRole(ADMIN, EDITOR)
                .requestMatchers(HttpMethod.POST, "/licences/*/snapshots").hasAnyRole(ADMIN, EDITOR)
                .requestMatchers("/litigation/new", "/litigation/*/edit", "/litigation/*/history")
                .hasAnyRole(ADMIN, EDITOR)
                .requestMatchers("/transfers/new", "/transfers/*/edit", "/transfers/*/history").hasAnyRole(ADMIN, EDITOR)
                .requestMatchers("/standards/new", "/standards/*/edit", "/standards/*/history").hasAnyRole(ADMIN, EDITOR)
                .requestMatchers("/account", "/account/**", "/logout").hasAnyRole(ADMIN, EDITOR)
                // The public: the pages of the initiative, static assets, the JSON API for reading (unpublished
                // filings filtered in the queries), its OpenAPI document and Swagger UI at /api; GET and HEAD.
                .requestMatchers(HttpMethod.GET, PUBLIC_READS)
                .permitAll()
                .requestMatchers(HttpMethod.HEAD, PUBLIC_READS)
                .permitAll()
                .requestMatchers(HttpMethod.HEAD, "/login").permitAll()
                .requestMatchers("/error", "/actuator/health", "/actuator/health/**")
                .permitAll()
                // Operations, admins only: build and commit, metrics, the embedded database's backup. (With a
                // separate management port, the actuator is served there instead: see the chain above.)
                .requestMatchers("/actuator/info", "/actuator/prometheus", "/admin/backup").hasRole(ADMIN)
                // An address nothing answers: on to Spring MVC for its 404 page, for everyone.
                .requestMatchers(new UnknownRoutes(beans)).permitAll()
                .anyRequest()
                .denyAll())
            .authenticationProvider(new ThrottledAuthenticationProvider(users, encoder, throttle))
            .securityContext(context -> context.securityContextRepository(contexts))
            .formLogin(form -> form.loginPage("/login")
                .successHandler(new SecondFactorSuccessHandler(contexts))
                .failureHandler(new LoginFailureHandler())
                .permitAll())
            .logout(logout -> logout.logoutUrl("/logout").logoutSuccessUrl("/login?logout").deleteCookies("JSESSIONID",
                    "SESSION"))
            .sessionManagement(session -> session.sessionFixation(fixation -> fixation.changeSessionId()))
            .addFilterBefore(new SessionValidityFilter(accounts), AnonymousAuthenticationFilter.class)
            .addFilterBefore(new TotpRequirementFilter(secondFactor, settings), AuthorizationFilter.class)
            .headers(headers -> headers
                .addHeaderWriter(new DelegatingRequestMatcherHeaderWriter(API_UI,
                        new StaticHeadersWriter(CSP_HEADER, API_UI_CSP)))
                .addHeaderWriter(new DelegatingRequestMatcherHeaderWriter(new NegatedRequestMatcher(API_UI),
                        new StaticHeadersWriter(CSP_HEADER, CSP)))
                .referrerPolicy(referrer -> referrer.policy(ReferrerPolicy.STRICT_ORIGIN_WHEN_CROSS_ORIGIN))
                .frameOptions(frame -> frame.deny()));
        return http.build();
    }

    @Bean
    SecurityContextRepository securityContextRepository() {
        return new DelegatingSecurityContextRepository(new RequestAttributeSecurityContextRepository(),
                new HttpSessionSecurityContextRepository());
    }

    /**
     * Argon2id for new hashes; the {id} prefix lets a later change of algorithm keep old hashes. The cost
     * is OWASP's first recommended configuration (19 MiB, two passes, one lane) unless set otherwise
     * ({@code tracker.password.argon2.*}; the tests use a cheap one). A hash made with a lower cost is
     * made again at the next sign-in ({@link AccountUserDetailsService#updatePassword}).
     */
    @Bean
    PasswordEncoder passwordEncoder(@Value("${tracker.password.argon2.memory-kib:" + ARGON2_MEMORY_KIB + "}") int memory,
            @Value("${tracker.password.argon2.iterations:" + ARGON2_ITERATIONS + "}") int iterations) {
        return argon2(memory, iterations);
    }

    static final int ARGON2_MEMORY_KIB = 19 * 1024;

    static final int ARGON2_ITERATIONS = 2;

    static PasswordEncoder argon2(int memoryKib, int iterations) {
        return new DelegatingPasswordEncoder("argon2",
                Map.of("argon2", new Argon2PasswordEncoder(16, 32, 1, memoryKib, iterations)));
    }

    /**
     * No Micrometer observation around each security filter, authentication and authorization: with an
     * observation registry present (the actuator's), Spring Security otherwise wraps every filter of the chain in
     * one, on every request, for spans and timers nobody reads here (about 4% of an uncached page's CPU time).
     * Requests are still timed as a whole ({@code http_server_requests_seconds}) and denials still logged.
     */
    @Bean
    SecurityObservationSettings securityObservationSettings() {
        return SecurityObservationSettings.noObservations();
    }

    /** Publishes denied requests as events, so that {@link SecurityEventLog} can record them. */
    @Bean
    AuthorizationEventPublisher authorizationEventPublisher(ApplicationEventPublisher publisher) {
        return new SpringAuthorizationEventPublisher(publisher);
    }

}
