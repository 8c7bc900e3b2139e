package org.aiip.tracker.clause;

import java.time.Instant;
import java.time.LocalDate;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/**
 * One version of a clause's text in one language, numbered from 1 per language, with the day it takes
 * effect and its source. Versions are never changed or removed: a correction is a new version.
 */
@Entity
@Table(name = "clause_text_version")
public class ClauseTextVersion {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    private Long clauseId;

    private String lang;

    private int versionNo;

    private String shortTitle;

    @Column(length = 4000)
    private String fullText;

    private boolean sourceText;

    private LocalDate effectiveFrom;

    private String source;

    private String sourceUrl;

    private String enteredBy;

    private Instant enteredAt;

    protected ClauseTextVersion() {
    }

    public ClauseTextVersion(Long clauseId, String lang, int versionNo, String shortTitle, String fullText,
            boolean sourceText, LocalDate effectiveFrom, String source, String sourceUrl, String enteredBy) {
        this.clauseId = clauseId;
        this.lang = lang;
        this.versionNo = versionNo;
        this.shortTitle = shortTitle;
        this.fullText = fullText;
        this.sourceText = sourceText;
        this.effectiveFrom = effectiveFrom;
        this.source = source;
        this.sourceUrl = sourceUrl;
        this.enteredBy = enteredBy;
        this.enteredAt = Instant.now();
    }

    public Long getId() {
        return this.id;
    }

    public Long getClauseId() {
        return this.clauseId;
    }

    public String getLang() {
        return this.lang;
    }

    public int getVersionNo() {
        return this.versionNo;
    }

    public String getShortTitle() {
        return this.shortTitle;
    }

    public String getFullText() {
        return this.fullText;
    }

    public boolean isSourceText() {
        return this.sourceText;
    }

    public LocalDate getEffectiveFrom() {
        return this.effectiveFrom;
    }

    public String getSource() {
        return this.source;
    }

    public String getSourceUrl() {
        return this.sourceUrl;
    }

    public String getEnteredBy() {
        return this.enteredBy;
    }

    public Instant getEnteredAt() {
        return this.enteredAt;
    }

}
