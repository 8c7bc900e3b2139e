package org.aiip.tracker.account;

import java.util.Optional;

import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;

/** The person behind the current request, if signed in (fully: a pending second factor does not count). */
public final class CurrentUser {

    private CurrentUser() {
    }

    public static Optional<TrackerUser> get() {
        Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
        if (authentication == null || !(authentication.getPrincipal() instanceof TrackerUser user)) {
            return Optional.empty();
        }
        boolean fullySignedIn = authentication.getAuthorities()
            .stream()
            .anyMatch(a -> a.getAuthority().equals(user.role().authority()));
        return fullySignedIn ? Optional.of(user) : Optional.empty();
    }

    /** Whether the person signed in may change the records of the member company: admins any, editors their own. */
    public static boolean mayEdit(Long memberId) {
        return get().map(u -> u.mayEdit(memberId)).orElse(false);
    }

    /** The name written into audit entries. */
    public static String name() {
        return get().map(TrackerUser::username).orElse("system");
    }

}
