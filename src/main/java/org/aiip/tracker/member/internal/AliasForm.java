package org.aiip.tracker.member.internal;

import java.time.LocalDate;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import org.aiip.tracker.member.CompanyName;
import org.aiip.tracker.member.MemberAlias;
import org.aiip.tracker.system.TrimmedForm;

/** A name to add to a member's aliases, as typed. */
class AliasForm implements TrimmedForm {

    static final String[] FIELDS = { "name", "kind", "validFrom", "validUntil", "source" };

    @NotBlank
    @Size(max = CompanyName.MAX_LENGTH)
    private String name;

    @NotNull
    private MemberAlias.Kind kind = MemberAlias.Kind.LEGAL_ENTITY;

    private LocalDate validFrom;

    private LocalDate validUntil;

    @Size(max = 1000)
    @Pattern(regexp = "https?://\\S+")
    private String source;

    public String getName() {
        return this.name;
    }

    public void setName(String name) {
        this.name = name;
    }

    public MemberAlias.Kind getKind() {
        return this.kind;
    }

    public void setKind(MemberAlias.Kind kind) {
        this.kind = kind;
    }

    public LocalDate getValidFrom() {
        return this.validFrom;
    }

    public void setValidFrom(LocalDate validFrom) {
        this.validFrom = validFrom;
    }

    public LocalDate getValidUntil() {
        return this.validUntil;
    }

    public void setValidUntil(LocalDate validUntil) {
        this.validUntil = validUntil;
    }

    public String getSource() {
        return this.source;
    }

    public void setSource(String source) {
        this.source = source;
    }

}
