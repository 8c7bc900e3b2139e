package org.aiip.tracker.member;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import org.aiip.tracker.system.LocalizedText;

/** A company that belongs to the initiative, named in English, Chinese and Korean. */
@Entity
@Table(name = "member_company")
public class MemberCompany {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    private String slug;

    private String nameEn;

    private String nameZh;

    private String nameKo;

    private String sector;

    private String website;

    private LocalDate joinedOn;

    @Enumerated(EnumType.STRING)
    private MemberStatus status = MemberStatus.ACTIVE;

    private LocalDate withdrawnOn;

    @Enumerated(EnumType.STRING)
    private MemberRole role = MemberRole.MEMBER;

    @Column(length = 4000)
    private String description;

    private String sectorKo;

    private String sectorZh;

    @Column(length = 4000)
    private String descriptionKo;

    @Column(length = 4000)
    private String descriptionZh;

    @Version
    private long version;

    protected MemberCompany() {
    }

    public MemberCompany(String slug, String nameEn) {
        this.slug = slug;
        this.nameEn = nameEn;
    }

    /** The name in the given language, or the English name where that one is missing. */
    public String name(Locale locale) {
        return names().text(locale);
    }

    /** The name in every language the site speaks. */
    public LocalizedText names() {
        return new LocalizedText(this.nameEn, this.nameKo, this.nameZh);
    }

    public boolean isActive() {
        return this.status == MemberStatus.ACTIVE;
    }

    public Long getId() {
        return this.id;
    }

    public String getSlug() {
        return this.slug;
    }

    public void setSlug(String slug) {
        this.slug = slug;
    }

    public String getNameEn() {
        return this.nameEn;
    }

    public void setNameEn(String nameEn) {
        this.nameEn = nameEn;
    }

    public String getNameZh() {
        return this.nameZh;
    }

    public void setNameZh(String nameZh) {
        this.nameZh = nameZh;
    }

    public String getNameKo() {
        return this.nameKo;
    }

    public void setNameKo(String nameKo) {
        this.nameKo = nameKo;
    }

    public String getSector() {
        return this.sector;
    }

    /** A changed English sector drops its translations, which no longer say the same. */
    public void setSector(String sector) {
        if (!java.util.Objects.equals(this.sector, sector)) {
            this.sectorKo = null;
            this.sectorZh = null;
        }
        this.sector = sector;
    }

    public String getWebsite() {
        return this.website;
    }

    public void setWebsite(String website) {
        this.website = website;
    }

    public LocalDate getJoinedOn() {
        return this.joinedOn;
    }

    public void setJoinedOn(LocalDate joinedOn) {
        this.joinedOn = joinedOn;
    }

    public MemberStatus getStatus() {
        return this.status;
    }

    public LocalDate getWithdrawnOn() {
        return this.withdrawnOn;
    }

    /** Marks the company as having left the initiative on the given date. */
    public void withdraw(LocalDate on) {
        this.status = MemberStatus.WITHDRAWN;
        this.withdrawnOn = on;
    }

    public MemberRole getRole() {
        return this.role;
    }

    public void setRole(MemberRole role) {
        this.role = role;
    }

    public String getDescription() {
        return this.description;
    }

    /** A changed English description drops its translations, which no longer say the same. */
    public void setDescription(String description) {
        if (!java.util.Objects.equals(this.description, description)) {
            this.descriptionKo = null;
            this.descriptionZh = null;
        }
        this.description = description;
    }

    public long getVersion() {
        return this.version;
    }

    /** The fields as the audit trail shows them, before and after a change. */
    public Map<String, String> auditState() {
        Map<String, String> state = new LinkedHashMap<>();
        state.put("slug", this.slug);
        state.put("nameEn", this.nameEn);
        state.put("nameZh", this.nameZh);
        state.put("nameKo", this.nameKo);
        state.put("sector", this.sector);
        state.put("website", this.website);
        state.put("joinedOn", this.joinedOn == null ? null : this.joinedOn.toString());
        state.put("role", String.valueOf(this.role));
        state.put("status", String.valueOf(this.status));
        state.put("withdrawnOn", this.withdrawnOn == null ? null : this.withdrawnOn.toString());
        state.put("description", this.description);
        return state;
    }

    /** The sector in every language (Korean and Chinese are the tracker's translations). */
    public LocalizedText sectors() {
        return new LocalizedText(this.sector, this.sectorKo, this.sectorZh);
    }

    /** The description in every language (Korean and Chinese are the tracker's translations). */
    public LocalizedText descriptions() {
        return new LocalizedText(this.description, this.descriptionKo, this.descriptionZh);
    }

}
