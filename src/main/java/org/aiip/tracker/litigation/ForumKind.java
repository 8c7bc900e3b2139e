package org.aiip.tracker.litigation;

/** Where a case is heard: a court, or a patent office (an invalidation or opposition). */
public enum ForumKind {

    COURT, PATENT_OFFICE, OTHER

}
