package org.aiip.tracker.account.internal;

import java.io.IOException;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.filter.OncePerRequestFilter;

import org.aiip.tracker.account.TrackerUser;
import org.aiip.tracker.account.UserAccount;

/**
 * Ends the session of an account that was disabled, or whose password was reset, after the
 * session began. It asks the database on each signed-in request, so it holds across app instances.
 */
class SessionValidityFilter extends OncePerRequestFilter {

    private static final Logger SECURITY = LoggerFactory.getLogger("security");

    private final UserAccountRepository accounts;

    SessionValidityFilter(UserAccountRepository accounts) {
        this.accounts = accounts;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
        if (authentication != null && authentication.getPrincipal() instanceof TrackerUser user && !stillValid(user)) {
            SECURITY.info("event=session-ended user={} reason=account-changed address={}", user.username(),
                    request.getRemoteAddr());
            SecurityContextHolder.clearContext();
            HttpSession session = request.getSession(false);
            if (session != null) {
                session.invalidate();
            }
            response.sendRedirect(request.getContextPath() + "/login?expired");
            return;
        }
        chain.doFilter(request, response);
    }

    private boolean stillValid(TrackerUser user) {
        return this.accounts.findById(user.id())
            .filter(UserAccount::isEnabled)
            .filter(account -> account.getSessionEpoch() == user.sessionEpoch())
            .isPresent();
    }

    @Override
    protected boolean shouldNotFilterAsyncDispatch() {
        return true;
    }

}
