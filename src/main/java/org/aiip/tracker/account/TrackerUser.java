package org.aiip.tracker.account;

import java.io.Serializable;
import java.util.Collection;
import java.util.List;

import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.userdetails.UserDetails;

/**
 * The signed-in person as Spring Security holds it in the session: no password, just who they
 * are, their role, the company an editor works for, and the session epoch they signed in under.
 */
public record TrackerUser(Long id, String username, Role role, Long memberId, String memberSlug, int sessionEpoch,
        boolean totpEnabled, String passwordHash) implements UserDetails, Serializable {

    public static TrackerUser of(UserAccount account) {
        return new TrackerUser(account.getId(), account.getUsername(), account.getRole(),
                account.getMember() == null ? null : account.getMember().getId(),
                account.getMember() == null ? null : account.getMember().getSlug(), account.getSessionEpoch(),
                account.isTotpEnabled(), account.getPasswordHash());
    }

    /** The same person without the password hash, as kept in the session after sign-in. */
    public TrackerUser withoutPassword() {
        return new TrackerUser(this.id, this.username, this.role, this.memberId, this.memberSlug, this.sessionEpoch,
                this.totpEnabled, null);
    }

    public boolean isAdmin() {
        return this.role == Role.ADMIN;
    }

    /** Whether this person may change the given company's data: admins all, editors their own. */
    public boolean mayEdit(Long companyId) {
        return isAdmin() || (companyId != null && companyId.equals(this.memberId));
    }

    @Override
    public Collection<? extends GrantedAuthority> getAuthorities() {
        return List.of(new SimpleGrantedAuthority(this.role.authority()));
    }

    @Override
    public String getPassword() {
        return this.passwordHash;
    }

    @Override
    public String getUsername() {
        return this.username;
    }

    @Override
    public String toString() {
        return "TrackerUser[" + this.username + ", " + this.role + "]";
    }

}
