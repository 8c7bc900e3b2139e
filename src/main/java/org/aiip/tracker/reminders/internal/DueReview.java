package org.aiip.tracker.reminders.internal;

import java.time.LocalDate;
import java.util.List;

/**
 * An assessment due for review, and why.
 *
 * @param memberSlug the member's address
 * @param memberName the member's English name
 * @param clause the clause number
 * @param status the assessment's status
 * @param newestEvidence the date of its newest evidence, if any
 * @param reviewedOn the day it was last reviewed, if ever
 * @param reasons message codes: why it is due
 */
record DueReview(String memberSlug, String memberName, int clause, String status, LocalDate newestEvidence,
        LocalDate reviewedOn, List<String> reasons) {
}
