package org.aiip.tracker.account.internal;

import java.io.IOException;
import java.util.Locale;
import java.util.Optional;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.http.HttpHeaders;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.context.SecurityContextHolderStrategy;
import org.springframework.web.filter.OncePerRequestFilter;

import org.aiip.tracker.account.TrackerUser;

/**
 * Signs in an API request that carries {@code Authorization: Bearer <token>} as the token's
 * owner, the same {@link TrackerUser} the sign-in form produces, for this one request only. A
 * request without the header goes on anonymously; one whose token does not work is answered 401, and
 * counted: an address with too many of those gets 429 for a while ({@link InvalidTokenLimiter}).
 */
class ApiTokenAuthenticationFilter extends OncePerRequestFilter {

    private static final String BEARER = "bearer ";

    private final ApiTokenService tokens;

    private final BearerTokenProblems problems;

    private final InvalidTokenLimiter limiter;

    private final SecurityContextHolderStrategy contexts = SecurityContextHolder.getContextHolderStrategy();

    ApiTokenAuthenticationFilter(ApiTokenService tokens, BearerTokenProblems problems, InvalidTokenLimiter limiter) {
        this.tokens = tokens;
        this.problems = problems;
        this.limiter = limiter;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        String header = request.getHeader(HttpHeaders.AUTHORIZATION);
        if (header == null) {
            chain.doFilter(request, response);
            return;
        }
        String address = request.getRemoteAddr();
        long wait = this.limiter.waitFor(address);
        if (wait > 0) {
            this.problems.tooManyInvalidTokens(request, response, wait);
            return;
        }
        Optional<TrackerUser> user = this.tokens.authenticate(bearerToken(header), address);
        if (user.isEmpty()) {
            this.limiter.failed(address);
            this.problems.invalidToken(request, response);
            return;
        }
        SecurityContext context = this.contexts.createEmptyContext();
        context.setAuthentication(
                UsernamePasswordAuthenticationToken.authenticated(user.get(), null, user.get().getAuthorities()));
        this.contexts.setContext(context);
        chain.doFilter(request, response);
    }

    /** The token after "Bearer " (the scheme in any case), or null for another scheme. */
    private static String bearerToken(String header) {
        if (header.length() <= BEARER.length()
                || !header.substring(0, BEARER.length()).toLowerCase(Locale.ROOT).equals(BEARER)) {
            return null;
        }
        return header.substring(BEARER.length()).trim();
    }

}
