package org.aiip.tracker.litigation;

import java.time.LocalDate;
import java.util.List;

import org.aiip.tracker.member.MemberCompany;

/**
 * A case as the pages, the CSV and the API show it.
 *
 * @param patents the patents involved; {@code filingId} only where the tracker has the filing and the
 * viewer may see it
 */
public record CaseView(long id, String caseNumber, String title, String forum, ForumKind forumKind,
        LocalDate filedOn, LocalDate decidedOn, CaseOutcome outcome, String outcomeNote, String sourceUrl,
        String note, List<Party> parties, List<Patent> patents) {

    /** The clause a case evidences. */
    public static final int CLAUSE = 4;

    /**
     * A party: a member (with its company) or an outsider by name.
     *
     * @param assertionEntity whether the party is a patent-assertion entity
     */
    public record Party(PartySide side, MemberCompany member, String name, boolean assertionEntity) {

        /** The name in the page language for a member, else as recorded. */
        public String displayName(java.util.Locale locale) {
            return this.member != null ? this.member.name(locale) : this.name;
        }

    }

    public record Patent(String number, Long filingId) {
    }

    /** Whether any party is a patent-assertion entity. */
    public boolean involvesAssertionEntity() {
        return this.parties.stream().anyMatch(Party::assertionEntity);
    }

}
