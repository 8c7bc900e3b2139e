package org.aiip.tracker.filing;

import java.util.Optional;

import org.aiip.tracker.account.CurrentUser;
import org.aiip.tracker.account.TrackerUser;

/** What the person behind the current request may see and change of filings. */
public final class FilingAccess {

    private FilingAccess() {
    }

    /** Admins see everything, editors also their own company's unpublished filings, the public published ones. */
    public static FilingVisibility visibility() {
        Optional<TrackerUser> user = CurrentUser.get();
        if (user.isEmpty()) {
            return FilingVisibility.PUBLIC;
        }
        return user.get().isAdmin() ? FilingVisibility.ALL : FilingVisibility.ofMember(user.get().memberId());
    }

    /** Whether the current person may change this filing: admins any, editors their own company's. */
    public static boolean mayEdit(PatentFiling filing) {
        return CurrentUser.get().map(u -> u.mayEdit(filing.getApplicant().getId())).orElse(false);
    }

}
