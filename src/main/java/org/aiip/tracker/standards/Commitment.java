package org.aiip.tracker.standards;

/** The licensing commitment a declaration makes. */
public enum Commitment {

    /** Licences on fair, reasonable and non-discriminatory terms. */
    FRAND,

    /** Licences without royalties. */
    ROYALTY_FREE,

    /** Not prepared to license, or no commitment stated in the source. */
    NONE_STATED

}
