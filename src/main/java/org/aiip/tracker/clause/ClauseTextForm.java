package org.aiip.tracker.clause;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

import org.aiip.tracker.system.TrimmedForm;

/**
 * What the admins' clause text form sends for one language version. The clause and the language
 * come from the address; {@code version} is that version's stored version, or empty for a
 * language that has no text yet, and is only compared, never written.
 */
public class ClauseTextForm implements TrimmedForm {

    static final String[] FIELDS = { "shortTitle", "fullText", "sourceText", "version" };

    @NotBlank
    @Size(max = 200)
    private String shortTitle;

    @NotBlank
    @Size(max = 4000)
    private String fullText;

    private boolean sourceText;

    private Long version;

    static ClauseTextForm from(ClauseText text) {
        ClauseTextForm form = new ClauseTextForm();
        form.shortTitle = text.getShortTitle();
        form.fullText = text.getFullText();
        form.sourceText = text.isSourceText();
        form.version = text.getVersion();
        return form;
    }

    public String getShortTitle() {
        return this.shortTitle;
    }

    public void setShortTitle(String shortTitle) {
        this.shortTitle = shortTitle;
    }

    public String getFullText() {
        return this.fullText;
    }

    public void setFullText(String fullText) {
        this.fullText = fullText;
    }

    public boolean isSourceText() {
        return this.sourceText;
    }

    public void setSourceText(boolean sourceText) {
        this.sourceText = sourceText;
    }

    public Long getVersion() {
        return this.version;
    }

    public void setVersion(Long version) {
        this.version = version;
    }

}
