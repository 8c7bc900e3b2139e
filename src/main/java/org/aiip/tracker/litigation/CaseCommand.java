package org.aiip.tracker.litigation;

import java.time.LocalDate;
import java.util.List;

/**
 * A case to save, as the service takes it (the form builds it with {@link CaseForm#toCommand()}): the party
 * rows in the form's order (blank ones included, so that a message finds its row), the patents read as a
 * list; {@code version} is the one the editor saw.
 */
public record CaseCommand(String caseNumber, String title, String forum, ForumKind forumKind, LocalDate filedOn,
        LocalDate decidedOn, CaseOutcome outcome, String outcomeNote, String sourceUrl, String note,
        List<String> patents, List<Party> parties, long version) {

    public CaseCommand {
        patents = List.copyOf(patents);
        parties = List.copyOf(parties);
    }

    /** One party: a member, or an outsider by name. */
    public record Party(PartySide side, Long memberId, String name, boolean assertionEntity) {

        boolean isBlank() {
            return this.memberId == null && (this.name == null || this.name.isBlank());
        }

    }

}
