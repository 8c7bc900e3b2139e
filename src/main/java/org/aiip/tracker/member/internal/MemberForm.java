package org.aiip.tracker.member.internal;

import java.time.LocalDate;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PastOrPresent;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import org.springframework.format.annotation.DateTimeFormat;

import org.aiip.tracker.member.MemberCompany;
import org.aiip.tracker.member.MemberRole;
import org.aiip.tracker.system.TrimmedForm;

/**
 * What the admins' member form sends. Only these fields bind (see {@link MemberFormController}):
 * the company's id comes from the address, its status changes only by withdrawal, and
 * {@code version} is only compared with the stored one.
 */
class MemberForm implements TrimmedForm {

    static final String[] FIELDS = { "nameEn", "nameZh", "nameKo", "slug", "sector", "website", "joinedOn", "role",
            "description", "version" };

    /** An http(s) address with a host; the public profile links to it. */
    static final String WEBSITE = "(?i)https?://[a-z0-9.-]+(:[0-9]{1,5})?([/?#]\\S*)?";

    @NotBlank
    @Size(max = 200)
    private String nameEn;

    @Size(max = 200)
    private String nameZh;

    @Size(max = 200)
    private String nameKo;

    @NotBlank
    @Pattern(regexp = "[a-z0-9-]{2,60}")
    private String slug;

    @Size(max = 200)
    private String sector;

    @Size(max = 500)
    @Pattern(regexp = WEBSITE)
    private String website;

    @PastOrPresent
    @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
    private LocalDate joinedOn;

    @NotNull
    private MemberRole role = MemberRole.MEMBER;

    @Size(max = 4000)
    private String description;

    private long version;

    static MemberForm from(MemberCompany member) {
        MemberForm form = new MemberForm();
        form.nameEn = member.getNameEn();
        form.nameZh = member.getNameZh();
        form.nameKo = member.getNameKo();
        form.slug = member.getSlug();
        form.sector = member.getSector();
        form.website = member.getWebsite();
        form.joinedOn = member.getJoinedOn();
        form.role = member.getRole();
        form.description = member.getDescription();
        form.version = member.getVersion();
        return form;
    }

    void applyTo(MemberCompany member) {
        member.setNameEn(this.nameEn);
        member.setNameZh(this.nameZh);
        member.setNameKo(this.nameKo);
        member.setSlug(this.slug);
        member.setSector(this.sector);
        member.setWebsite(this.website);
        member.setJoinedOn(this.joinedOn);
        member.setRole(this.role);
        member.setDescription(this.description);
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

    public String getSlug() {
        return this.slug;
    }

    public void setSlug(String slug) {
        this.slug = slug;
    }

    public String getSector() {
        return this.sector;
    }

    public void setSector(String sector) {
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

    public MemberRole getRole() {
        return this.role;
    }

    public void setRole(MemberRole role) {
        this.role = role;
    }

    public String getDescription() {
        return this.description;
    }

    public void setDescription(String description) {
        this.description = description;
    }

    public long getVersion() {
        return this.version;
    }

    public void setVersion(long version) {
        this.version = version;
    }

}
