package org.aiip.tracker.filing;

/**
 * Where a filing stands. Filed, published and under examination are pending; from
 * {@link #PUBLISHED} on a filing has publication data, and {@link #GRANTED} has grant data.
 */
public enum LegalStatus {

    FILED, PUBLISHED, UNDER_EXAMINATION, GRANTED, REFUSED, WITHDRAWN, LAPSED;

    public boolean isPending() {
        return this == FILED || this == PUBLISHED || this == UNDER_EXAMINATION;
    }

    /** Whether a filing in this status must carry a publication number and date. */
    public boolean requiresPublication() {
        return this == PUBLISHED || this == UNDER_EXAMINATION || this == GRANTED;
    }

    /** Whether a filing in this status must carry a grant number and date. */
    public boolean requiresGrant() {
        return this == GRANTED;
    }

}
