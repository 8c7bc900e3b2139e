package org.aiip.tracker.filing;

import java.util.Locale;

import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

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

    public String name(Locale locale) {
        String name = switch (locale.getLanguage()) {
            case "ko" -> this.nameKo;
            case "zh" -> this.nameZh;
            default -> this.nameEn;
        };
        return (name == null || name.isBlank()) ? this.nameEn : name;
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
