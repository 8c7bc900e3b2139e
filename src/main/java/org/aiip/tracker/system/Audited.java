package org.aiip.tracker.system;

import java.util.Map;

/** A record whose changes the audit trail writes field by field, and which a stale form must not overwrite. */
public interface Audited {

    long getVersion();

    /** The fields as the audit trail shows them, before and after a change. */
    Map<String, String> auditState();

}
