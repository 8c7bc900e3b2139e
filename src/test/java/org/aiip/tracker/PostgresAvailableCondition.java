package org.aiip.tracker;

import org.junit.jupiter.api.extension.ConditionEvaluationResult;
import org.junit.jupiter.api.extension.ExecutionCondition;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * In the PostgreSQL run ({@link PostgresTestDatabase#active()}): skips every test with a printed
 * reason when the server is unreachable, except on CI ({@code CI=true}), where the tests run and
 * fail. Registered for all tests by JUnit's extension auto-detection, switched on by the build for
 * the PostgreSQL run only.
 */
public class PostgresAvailableCondition implements ExecutionCondition {

    private static volatile String reason;

    private static volatile boolean checked;

    @Override
    public ConditionEvaluationResult evaluateExecutionCondition(ExtensionContext context) {
        if (!PostgresTestDatabase.active() || PostgresTestDatabase.onCi()) {
            return ConditionEvaluationResult.enabled("PostgreSQL run not skipped");
        }
        String why = unreachable();
        return why == null ? ConditionEvaluationResult.enabled("PostgreSQL reachable")
                : ConditionEvaluationResult.disabled(why);
    }

    private static synchronized String unreachable() {
        if (!checked) {
            checked = true;
            reason = PostgresTestDatabase.unreachableReason(); // a refusal (authentication) throws: a failure
            if (reason != null) {
                System.out.println("Skipping the PostgreSQL test run: " + reason
                        + " (with CI=true this is a failure)");
            }
        }
        return reason;
    }

}
