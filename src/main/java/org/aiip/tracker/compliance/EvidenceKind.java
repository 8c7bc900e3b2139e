package org.aiip.tracker.compliance;

/** What kind of document or act an evidence item is. */
public enum EvidenceKind {

    POLICY, PUBLICATION, AGREEMENT, PATENT_FILING, STANDARD_CONTRIBUTION, EVENT, OTHER

}
