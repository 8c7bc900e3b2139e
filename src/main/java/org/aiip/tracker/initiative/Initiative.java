package org.aiip.tracker.initiative;

import java.time.LocalDate;

import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import org.aiip.tracker.system.LocalizedText;

/** The AI IP Cooperation Initiative itself, as the source article states it. */
@Entity
@Table(name = "initiative")
public class Initiative {

    @Id
    private Long id;

    private String nameEn;

    private String nameKo;

    private String nameZh;

    private String publishedBy;

    private LocalDate publishedOn;

    private String memberCountStated;

    private String sourceNote;

    private String publishedByKo;

    private String publishedByZh;

    private String memberCountStatedKo;

    private String memberCountStatedZh;

    private String sourceNoteKo;

    private String sourceNoteZh;

    /** The public page of the source article. */
    private String sourceUrl;

    protected Initiative() {
    }

    public Long getId() {
        return this.id;
    }

    public String getNameEn() {
        return this.nameEn;
    }

    public String getNameKo() {
        return this.nameKo;
    }

    public String getNameZh() {
        return this.nameZh;
    }

    public String getPublishedBy() {
        return this.publishedBy;
    }

    public LocalDate getPublishedOn() {
        return this.publishedOn;
    }

    public String getMemberCountStated() {
        return this.memberCountStated;
    }

    public String getSourceUrl() {
        return this.sourceUrl;
    }

    public String getSourceNote() {
        return this.sourceNote;
    }

    /** What the pages show of it. */
    public InitiativeView view() {
        return new InitiativeView(new LocalizedText(this.nameEn, this.nameKo, this.nameZh),
                new LocalizedText(this.publishedBy, this.publishedByKo, this.publishedByZh), this.publishedOn,
                new LocalizedText(this.memberCountStated, this.memberCountStatedKo, this.memberCountStatedZh),
                new LocalizedText(this.sourceNote, this.sourceNoteKo, this.sourceNoteZh), this.sourceUrl);
    }

}
