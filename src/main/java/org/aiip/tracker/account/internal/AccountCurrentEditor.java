package org.aiip.tracker.account.internal;

import org.springframework.stereotype.Component;

import org.aiip.tracker.account.CurrentUser;
import org.aiip.tracker.account.TrackerUser;
import org.aiip.tracker.member.CurrentEditor;

/** The signed-in account, as the member module's forms ask about it. */
@Component
class AccountCurrentEditor implements CurrentEditor {

    @Override
    public boolean isAdmin() {
        return CurrentUser.get().map(TrackerUser::isAdmin).orElse(false);
    }

    @Override
    public boolean mayEdit(Long memberId) {
        return CurrentUser.mayEdit(memberId);
    }

    @Override
    public String name() {
        return CurrentUser.name();
    }

}
