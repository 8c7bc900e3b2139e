package org.aiip.tracker.licensing;

/** On what terms a licence is offered. */
public enum LicenceTerms {

    /** No royalty is charged. */
    ROYALTY_FREE,

    /** Fair, reasonable and non-discriminatory royalties. */
    FRAND

}
