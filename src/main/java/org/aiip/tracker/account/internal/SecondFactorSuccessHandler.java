package org.aiip.tracker.account.internal;

import java.io.IOException;
import java.util.List;

import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.web.authentication.SavedRequestAwareAuthenticationSuccessHandler;
import org.springframework.security.web.context.SecurityContextRepository;

import org.aiip.tracker.account.TrackerUser;

/**
 * After a correct password: people with a second factor are only half signed in (authority
 * {@code TOTP_PENDING}, which opens no page but the code page) until they enter their code.
 */
class SecondFactorSuccessHandler extends SavedRequestAwareAuthenticationSuccessHandler {

    static final String PENDING = "TOTP_PENDING";

    private final SecurityContextRepository contexts;

    SecondFactorSuccessHandler(SecurityContextRepository contexts) {
        this.contexts = contexts;
        setDefaultTargetUrl("/");
    }

    @Override
    public void onAuthenticationSuccess(HttpServletRequest request, HttpServletResponse response,
            Authentication authentication) throws IOException, ServletException {
        if (authentication.getPrincipal() instanceof TrackerUser user && user.totpEnabled()) {
            UsernamePasswordAuthenticationToken pending = UsernamePasswordAuthenticationToken.authenticated(user, null,
                    List.of(new SimpleGrantedAuthority(PENDING)));
            pending.setDetails(authentication.getDetails());
            SecurityContext context = SecurityContextHolder.createEmptyContext();
            context.setAuthentication(pending);
            SecurityContextHolder.setContext(context);
            this.contexts.saveContext(context, request, response);
            getRedirectStrategy().sendRedirect(request, response, "/login/totp");
            return;
        }
        super.onAuthenticationSuccess(request, response, authentication);
    }

}
