package org.aiip.tracker.membership.internal;

import java.time.LocalDate;

import jakarta.validation.constraints.AssertTrue;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PastOrPresent;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import org.springframework.format.annotation.DateTimeFormat;

import org.aiip.tracker.membership.MembershipKind;

/** The admins' form for one membership event. Every event needs the page that states it. */
public class MembershipForm {

    static final String[] FIELDS = { "kind", "date", "dateNote", "legalEntity", "sourceTitle", "sourceUrl" };

    @NotNull
    private MembershipKind kind;

    @NotNull
    @PastOrPresent
    @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
    private LocalDate date;

    @Size(max = 300)
    private String dateNote;

    @Size(max = 300)
    private String legalEntity;

    @NotBlank
    @Size(max = 300)
    private String sourceTitle;

    @NotBlank
    @Size(max = 1000)
    @Pattern(regexp = "(?i)https?://\\S+")
    private String sourceUrl;

    /** A signing entity is the point of a SIGNED_AS event. */
    @AssertTrue
    public boolean isLegalEntityGiven() {
        return this.kind != MembershipKind.SIGNED_AS || (this.legalEntity != null && !this.legalEntity.isBlank());
    }

    public MembershipKind getKind() {
        return this.kind;
    }

    public void setKind(MembershipKind kind) {
        this.kind = kind;
    }

    public LocalDate getDate() {
        return this.date;
    }

    public void setDate(LocalDate date) {
        this.date = date;
    }

    public String getDateNote() {
        return this.dateNote;
    }

    public void setDateNote(String dateNote) {
        this.dateNote = dateNote;
    }

    public String getLegalEntity() {
        return this.legalEntity;
    }

    public void setLegalEntity(String legalEntity) {
        this.legalEntity = legalEntity;
    }

    public String getSourceTitle() {
        return this.sourceTitle;
    }

    public void setSourceTitle(String sourceTitle) {
        this.sourceTitle = sourceTitle;
    }

    public String getSourceUrl() {
        return this.sourceUrl;
    }

    public void setSourceUrl(String sourceUrl) {
        this.sourceUrl = sourceUrl;
    }

}
