package org.aiip.tracker.account.internal;

import java.io.IOException;
import java.util.List;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.http.server.PathContainer;
import org.springframework.web.filter.OncePerRequestFilter;
import org.springframework.web.util.pattern.PathPattern;
import org.springframework.web.util.pattern.PathPatternParser;

import org.aiip.tracker.account.CurrentUser;

/**
 * When the admins' setting requires a second factor, an admin without one is sent to set it up
 * before doing anything else: pages, the actuator on the main port, downloads, everything but the
 * set-up itself, signing out and static files. A filter in the security chain (not a controller
 * interceptor), so that no handler escapes it; it reads the account as it is now in the database,
 * not the copy in the session, so turning the factor off takes effect at once. The API is left out:
 * there an admin's token is refused instead ({@link ApiTokenService}), because a program cannot
 * follow a redirect to a set-up page.
 */
class TotpRequirementFilter extends OncePerRequestFilter {

    private static final List<PathPattern> ALLOWED = patterns("/account/totp", "/account/totp/**", "/logout",
            "/error", "/webjars/**", "/css/**", "/js/**", "/favicon.ico");

    private final SecondFactorService secondFactor;

    private final AppSettingService settings;

    TotpRequirementFilter(SecondFactorService secondFactor, AppSettingService settings) {
        this.secondFactor = secondFactor;
        this.settings = settings;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        var user = CurrentUser.get();
        if (user.isPresent() && user.get().isAdmin() && !allowed(request) && this.settings.totpRequiredForAdmins()
                && !this.secondFactor.isOn(user.get().id())) {
            response.sendRedirect(request.getContextPath() + "/account/totp?required");
            return;
        }
        chain.doFilter(request, response);
    }

    private static boolean allowed(HttpServletRequest request) {
        PathContainer path = PathContainer.parsePath(request.getRequestURI().substring(request.getContextPath().length()));
        return ALLOWED.stream().anyMatch(pattern -> pattern.matches(path));
    }

    private static List<PathPattern> patterns(String... patterns) {
        PathPatternParser parser = new PathPatternParser();
        return List.of(patterns).stream().map(parser::parse).toList();
    }

}
