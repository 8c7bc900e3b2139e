package org.aiip.tracker.system;

import java.util.List;
import java.util.Map;

/**
 * One change to a record, the way every edit service makes it: refused when the editor saw an older
 * version than the stored one, and the fields that changed, before and after, for the audit trail.
 *
 * <pre>
 * Revision revision = Revision.start(record, command.version(), "the agreement");
 * apply(record, command);
 * repository.flush();
 * List&lt;FieldChange&gt; changes = revision.changes();
 * </pre>
 */
public final class Revision {

    private final Audited record;

    private final Map<String, String> before;

    private Revision(Audited record, Map<String, String> before) {
        this.record = record;
        this.before = before;
    }

    /**
     * Begins a change of the record as its editor saw it at {@code shownVersion}.
     * @param what the record in words, for the log ("the agreement", "case 12")
     * @throws StaleVersionException when someone saved the record since, carrying the record
     */
    public static Revision start(Audited record, long shownVersion, String what) {
        if (record.getVersion() != shownVersion) {
            throw new StaleVersionException(what, record);
        }
        return new Revision(record, record.auditState());
    }

    /** The fields of a new record, each from nothing. */
    public static List<FieldChange> created(Audited record) {
        return FieldChange.between(Map.of(), record.auditState());
    }

    /** The fields that differ now from when the change began; empty when the save changed nothing. */
    public List<FieldChange> changes() {
        return FieldChange.between(this.before, this.record.auditState());
    }

}
