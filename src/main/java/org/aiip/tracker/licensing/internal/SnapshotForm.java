package org.aiip.tracker.licensing.internal;

import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import org.springframework.web.multipart.MultipartFile;

import org.aiip.tracker.registry.RecordForm;

/** A new snapshot of an offer's licence text: a file or pasted text, and the address it came from. */
class SnapshotForm {

    static final String[] FIELDS = { "snapshotText", "snapshotFile", "sourceUrl" };

    @Size(max = 1_000_000)
    private String snapshotText;

    private MultipartFile snapshotFile;

    @Size(max = 1000)
    @Pattern(regexp = RecordForm.LINK_OR_NOTHING)
    private String sourceUrl;

    public String getSnapshotText() {
        return this.snapshotText;
    }

    public void setSnapshotText(String snapshotText) {
        this.snapshotText = snapshotText;
    }

    public MultipartFile getSnapshotFile() {
        return this.snapshotFile;
    }

    public void setSnapshotFile(MultipartFile snapshotFile) {
        this.snapshotFile = snapshotFile;
    }

    public String getSourceUrl() {
        return this.sourceUrl;
    }

    public void setSourceUrl(String sourceUrl) {
        this.sourceUrl = sourceUrl;
    }

}
