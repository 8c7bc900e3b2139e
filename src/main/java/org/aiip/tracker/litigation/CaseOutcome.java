package org.aiip.tracker.litigation;

/** How a case stands or ended. */
public enum CaseOutcome {

    PENDING, PATENT_HOLDER_WON, PATENT_HOLDER_LOST, PATENT_INVALIDATED, PATENT_UPHELD, SETTLED, WITHDRAWN, OTHER

}
