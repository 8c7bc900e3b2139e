package org.aiip.tracker.clause;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

/**
 * One language version of a clause. The initiative's official text is Chinese; a version is
 * marked as the source text or as a translation of it.
 */
@Entity
@Table(name = "clause_text")
public class ClauseText {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "clause_id")
    private Clause clause;

    private String lang;

    private String shortTitle;

    @Column(length = 4000)
    private String fullText;

    private boolean sourceText;

    @Version
    private long version;

    protected ClauseText() {
    }

    ClauseText(Clause clause, String lang, String shortTitle, String fullText, boolean sourceText) {
        this.clause = clause;
        this.lang = lang;
        this.shortTitle = shortTitle;
        this.fullText = fullText;
        this.sourceText = sourceText;
    }

    public Long getId() {
        return this.id;
    }

    public String getLang() {
        return this.lang;
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

    public long getVersion() {
        return this.version;
    }

    void update(String shortTitle, String fullText, boolean sourceText) {
        this.shortTitle = shortTitle;
        this.fullText = fullText;
        this.sourceText = sourceText;
    }

}
