package org.aiip.tracker.account;

import java.time.Duration;
import java.util.List;

import dev.samstevens.totp.code.DefaultCodeGenerator;

import static org.awaitility.Awaitility.await;

import org.aiip.tracker.account.internal.SecondFactorService;
import org.aiip.tracker.account.internal.TotpService;

/**
 * Second-factor codes for tests, computed as an authenticator app would, for a chosen time step. A
 * test that needs several codes takes them from one step it fixes at the start, after making sure
 * the step has time left ({@link #freshStep}), so that the clock never moves under it.
 */
public final class TestTotp {

    private TestTotp() {
    }

    static long currentStep() {
        return Math.floorDiv(System.currentTimeMillis() / 1000, TotpService.PERIOD_SECONDS);
    }

    /** The current step, after waiting (at most one step) until at least 12 seconds of it are left. */
    public static long freshStep() {
        await().atMost(Duration.ofSeconds(TotpService.PERIOD_SECONDS + 5))
            .pollInterval(Duration.ofMillis(200))
            .until(() -> TotpService.PERIOD_SECONDS - (System.currentTimeMillis() / 1000) % TotpService.PERIOD_SECONDS >= 12);
        return currentStep();
    }

    public static String code(String secret, long step) {
        try {
            return new DefaultCodeGenerator().generate(secret, step);
        }
        catch (Exception ex) {
            throw new IllegalStateException(ex);
        }
    }

    /** A person with a second factor on: its secret, the step its confirming code used, and the recovery codes. */
    public record Enabled(String secret, long confirmedStep, List<String> recoveryCodes) {
    }

    /**
     * Sets up and confirms a second factor for the account through the service, with the code of the
     * step before the current one: the current and the next step's codes stay free for the test.
     */
    public static Enabled enable(SecondFactorService service, Long accountId, long step) {
        String secret = service.start(accountId);
        List<String> codes = service.confirm(accountId, TestAccounts.PASSWORD, null, code(secret, step - 1),
                "127.0.0.1");
        return new Enabled(secret, step - 1, codes);
    }

}
