package org.aiip.tracker.registry;

import jakarta.validation.constraints.Size;

/**
 * What every registry form sends besides its own fields: the editor's note, and the version the form showed,
 * which is only compared with the stored one (a stale form overwrites nothing).
 */
public abstract class RecordForm {

    /** A web address: http or https, no blanks. */
    public static final String LINK = "(?i)https?://\\S+";

    /** A web address, or nothing: the browser sends an empty field as "". */
    public static final String LINK_OR_NOTHING = "(" + LINK + ")?";

    @Size(max = 4000)
    private String note;

    private long version;

    /** Fills the note and the version from a stored record. */
    protected void fillFrom(SourcedRecord record) {
        this.note = record.getNote();
        this.version = record.getVersion();
    }

    public String getNote() {
        return this.note;
    }

    public void setNote(String note) {
        this.note = note;
    }

    public long getVersion() {
        return this.version;
    }

    public void setVersion(long version) {
        this.version = version;
    }

}
