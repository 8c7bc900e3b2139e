package org.aiip.tracker.clause.internal;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

import org.aiip.tracker.system.TrimmedForm;
import org.aiip.tracker.clause.ClauseText;

/**
 * What the admins' clause text form sends for one language version. The clause and the language
 * come from the address; {@code version} is that version's stored version, or empty for a
 * language that has no text yet, and is only compared, never written.
 */
class ClauseTextForm implements TrimmedForm {

    static final String[] FIELDS = { "shortTitle", "fullText", "sourceText", "version", "effectiveFrom", "source",
            "sourceUrl" };

    @NotBlank
    @Size(max = 200)
    private String shortTitle;

    @NotBlank
    @Size(max = 4000)
    private String fullText;

    private boolean sourceText;

    private Long version;

    /** The day the text takes effect; empty: the day the version it replaces took effect, or the publication. */
    @org.springframework.format.annotation.DateTimeFormat(iso = org.springframework.format.annotation.DateTimeFormat.ISO.DATE)
    private java.time.LocalDate effectiveFrom;

    /** Where the text comes from (optional, but the versions list shows that none was given). */
    @Size(max = 1000)
    private String source;

    @Size(max = 1000)
    @jakarta.validation.constraints.Pattern(regexp = "(?i)https?://\\S+")
    private String sourceUrl;

    public java.time.LocalDate getEffectiveFrom() {
        return this.effectiveFrom;
    }

    public void setEffectiveFrom(java.time.LocalDate effectiveFrom) {
        this.effectiveFrom = effectiveFrom;
    }

    public String getSource() {
        return this.source;
    }

    public void setSource(String source) {
        this.source = source;
    }

    public String getSourceUrl() {
        return this.sourceUrl;
    }

    public void setSourceUrl(String sourceUrl) {
        this.sourceUrl = sourceUrl;
    }

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
