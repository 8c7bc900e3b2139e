package org.aiip.tracker.litigation;

import java.time.LocalDate;

/**
 * A transfer to save, as the service takes it (the form builds it with {@link TransferForm#toCommand()});
 * {@code version} is the one the editor saw.
 */
public record TransferCommand(String patent, String assignee, boolean assertionEntity, LocalDate transferredOn,
        String sourceUrl, String note, long version) {
}
