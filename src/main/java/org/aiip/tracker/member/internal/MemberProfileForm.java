package org.aiip.tracker.member.internal;

import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import org.aiip.tracker.member.MemberCompany;
import org.aiip.tracker.system.TrimmedForm;

/**
 * The part of a company's profile its own editors keep: description, sector and website. Names,
 * address, role and status stay with the admins.
 */
class MemberProfileForm implements TrimmedForm {

    static final String[] FIELDS = { "description", "sector", "website", "version" };

    @Size(max = 4000)
    private String description;

    @Size(max = 200)
    private String sector;

    @Size(max = 500)
    @Pattern(regexp = MemberForm.WEBSITE)
    private String website;

    private long version;

    static MemberProfileForm from(MemberCompany member) {
        MemberProfileForm form = new MemberProfileForm();
        form.description = member.getDescription();
        form.sector = member.getSector();
        form.website = member.getWebsite();
        form.version = member.getVersion();
        return form;
    }

    void applyTo(MemberCompany member) {
        member.setDescription(this.description);
        member.setSector(this.sector);
        member.setWebsite(this.website);
    }

    public String getDescription() {
        return this.description;
    }

    public void setDescription(String description) {
        this.description = description;
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

    public long getVersion() {
        return this.version;
    }

    public void setVersion(long version) {
        this.version = version;
    }

}
