package org.aiip.tracker.initiative;

import java.time.LocalDate;
import java.util.Locale;

import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import org.aiip.tracker.system.LocalizedText;
import org.aiip.tracker.system.ShownText;

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

    /** The name in the reader's language; the Korean is the source article's, the Chinese a translation. */
    public ShownText name(Locale locale) {
        return new LocalizedText(this.nameEn, this.nameKo, this.nameZh).in(locale, true);
    }

    /** Who published it, in the reader's language (the Korean is the source article's words). */
    public ShownText publishedBy(Locale locale) {
        return new LocalizedText(this.publishedBy, this.publishedByKo, this.publishedByZh).in(locale, true);
    }

    /** The membership the source states ("about 20 companies"), in the reader's language. */
    public ShownText memberCountStated(Locale locale) {
        return new LocalizedText(this.memberCountStated, this.memberCountStatedKo, this.memberCountStatedZh).in(locale, true);
    }

    /** The note on the source, in the reader's language (Korean and Chinese are translations). */
    public ShownText sourceNote(Locale locale) {
        return new LocalizedText(this.sourceNote, this.sourceNoteKo, this.sourceNoteZh).in(locale);
    }

}
