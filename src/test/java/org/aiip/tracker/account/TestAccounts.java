package org.aiip.tracker.account;

import java.util.concurrent.atomic.AtomicInteger;

import org.springframework.context.ApplicationContext;
import org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

import org.aiip.tracker.member.MemberService;
import org.aiip.tracker.account.internal.SecondFactorService;

/**
 * Real accounts for tests (stored in the test database, so that the session checks pass), and
 * MockMvc post-processors that act as them.
 */
public final class TestAccounts {

    /** A password the policy accepts. */
    public static final String PASSWORD = "violet tugboat orchestra 1987";

    private static final AtomicInteger SERIAL = new AtomicInteger();

    private final AccountService accounts;

    private final MemberService members;

    public TestAccounts(AccountService accounts, MemberService members) {
        this.accounts = accounts;
        this.members = members;
    }

    public TrackerUser newAdmin() {
        UserAccount account = this.accounts.create("admin" + SERIAL.incrementAndGet(), Role.ADMIN, null, PASSWORD);
        return TrackerUser.of(account).withoutPassword();
    }

    public TrackerUser newEditor(String memberSlug) {
        Long memberId = this.members.bySlug(memberSlug).orElseThrow().getId();
        UserAccount account = this.accounts.create(memberSlug + "-editor" + SERIAL.incrementAndGet(), Role.EDITOR,
                memberId, PASSWORD);
        return TrackerUser.of(account).withoutPassword();
    }

    /**
     * Switches the person's second factor on, as if they had set it up on {@code /account/totp}: their
     * next sign-in stops at {@code /login/totp}. For tests outside this package, which cannot see the service.
     */
    public static void switchOnSecondFactor(ApplicationContext context, TrackerUser user) {
        TestTotp.enable(context.getBean(SecondFactorService.class), user.id(), TestTotp.currentStep());
    }

    /** Acts as a new admin. */
    public RequestPostProcessor admin() {
        return as(newAdmin());
    }

    /** Acts as a new editor of the given company. */
    public RequestPostProcessor editor(String memberSlug) {
        return as(newEditor(memberSlug));
    }

    public static RequestPostProcessor as(TrackerUser user) {
        return SecurityMockMvcRequestPostProcessors.user(user);
    }

}
