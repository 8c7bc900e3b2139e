package org.aiip.tracker.agreement;

/** What a cooperation agreement does. */
public enum AgreementKind {

    CROSS_LICENCE, JOINT_DEVELOPMENT, PATENT_POOL, OPEN_LICENCE, OTHER

}
