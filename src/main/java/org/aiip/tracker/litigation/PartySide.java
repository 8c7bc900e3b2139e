package org.aiip.tracker.litigation;

/** Which side of a case a party is on. */
public enum PartySide {

    /** Plaintiff, claimant or petitioner: who brought the case (in an invalidation, the challenger). */
    CLAIMANT,

    /** Defendant or respondent. */
    RESPONDENT,

    OTHER

}
