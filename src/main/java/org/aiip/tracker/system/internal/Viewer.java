package org.aiip.tracker.system.internal;

import org.springframework.security.core.Authentication;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;

/**
 * Who is looking, for the templates ({@code ${@viewer.admin}}, {@code ${@viewer.editor}},
 * {@code ${@viewer.signedIn}}): the same answers as {@code hasRole('ADMIN')}, {@code hasRole('EDITOR')} and
 * {@code hasAnyRole('ADMIN','EDITOR')}, read straight from the security context. Thymeleaf's
 * {@code sec:authorize} parses and evaluates a Spring Security expression for each use; every page shows the
 * menu, and some pages ask once per row.
 */
@Component("viewer")
public class Viewer {

    /** Whether the person signed in holds the admin role. */
    public boolean isAdmin() {
        return has("ROLE_ADMIN", null);
    }

    /** Whether the person signed in holds the editor role ({@code hasRole('EDITOR')}). */
    public boolean isEditor() {
        return has("ROLE_EDITOR", null);
    }

    /** Whether an admin or an editor is signed in. */
    public boolean isSignedIn() {
        return has("ROLE_ADMIN", "ROLE_EDITOR");
    }

    private static boolean has(String role, String otherRole) {
        Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
        if (authentication == null) {
            return false;
        }
        for (GrantedAuthority authority : authentication.getAuthorities()) {
            String name = authority.getAuthority();
            if (role.equals(name) || (otherRole != null && otherRole.equals(name))) {
                return true;
            }
        }
        return false;
    }

}
