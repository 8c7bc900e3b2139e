package org.aiip.tracker.account.internal;

import java.time.Instant;

import jakarta.servlet.http.HttpServletRequest;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.context.event.EventListener;
import org.springframework.security.authentication.event.AbstractAuthenticationFailureEvent;
import org.springframework.security.authentication.event.AuthenticationSuccessEvent;
import org.springframework.security.authorization.event.AuthorizationDeniedEvent;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Component;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;

/**
 * Writes every sign-in, failed sign-in and denied request to the {@code security} log: who, what,
 * when (UTC) and from which address. Passwords never reach this class.
 */
@Component
class SecurityEventLog {

    private static final Logger SECURITY = LoggerFactory.getLogger("security");

    @EventListener
    void signedIn(AuthenticationSuccessEvent event) {
        Authentication authentication = event.getAuthentication();
        SECURITY.info("event=login-success user={} address={} at={}", Usernames.forLog(authentication.getName()),
                ThrottledAuthenticationProvider.address(authentication), Instant.now());
    }

    @EventListener
    void failed(AbstractAuthenticationFailureEvent event) {
        Authentication authentication = event.getAuthentication();
        SECURITY.warn("event=login-failure user={} reason={} address={} at={}",
                Usernames.forLog(authentication.getName()),
                event.getException().getClass().getSimpleName(),
                ThrottledAuthenticationProvider.address(authentication), Instant.now());
    }

    @EventListener
    void denied(AuthorizationDeniedEvent<?> event) {
        HttpServletRequest request = currentRequest();
        Authentication authentication = event.getAuthentication().get();
        SECURITY.warn("event=access-denied user={} method={} path={} address={} at={}",
                authentication == null ? "anonymous" : authentication.getName(),
                request == null ? "-" : request.getMethod(), request == null ? "-" : request.getRequestURI(),
                request == null ? "-" : request.getRemoteAddr(), Instant.now());
    }

    private static HttpServletRequest currentRequest() {
        if (RequestContextHolder.getRequestAttributes() instanceof ServletRequestAttributes attributes) {
            return attributes.getRequest();
        }
        return null;
    }

}
