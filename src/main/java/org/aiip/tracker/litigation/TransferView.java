package org.aiip.tracker.litigation;

import java.time.LocalDate;

import org.aiip.tracker.member.MemberCompany;

/** A recorded transfer as the pages, the CSV and the API show it. */
public record TransferView(long id, long filingId, String patent, String filingTitle, MemberCompany fromMember,
        String assignee, boolean assertionEntity, LocalDate transferredOn, String sourceUrl, String note) {

    /** The clause a transfer evidences. */
    public static final int CLAUSE = 4;

}
