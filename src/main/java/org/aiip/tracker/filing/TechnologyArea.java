package org.aiip.tracker.filing;

import java.util.Locale;

import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import org.aiip.tracker.system.LocalizedText;

/** An entry of the managed list of technology areas (deep learning, speech recognition, ...). */
@Entity
@Table(name = "technology_area")
public class TechnologyArea {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    private String code;

    private String nameEn;

    private String nameKo;

    private String nameZh;

    private int sortOrder;

    protected TechnologyArea() {
    }

    /** The name in the given language, or the English name where that one is missing. */
    public String name(Locale locale) {
        return new LocalizedText(this.nameEn, this.nameKo, this.nameZh).text(locale);
    }

    public Long getId() {
        return this.id;
    }

    public String getCode() {
        return this.code;
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

    public int getSortOrder() {
        return this.sortOrder;
    }

}
