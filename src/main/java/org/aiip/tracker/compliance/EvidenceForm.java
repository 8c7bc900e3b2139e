package org.aiip.tracker.compliance;

import java.time.LocalDate;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PastOrPresent;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import org.springframework.format.annotation.DateTimeFormat;

/** What the add-evidence form sends; only these fields bind (see {@link ComplianceFormController}). */
public class EvidenceForm {

    static final String[] FIELDS = { "date", "kind", "description", "link" };

    /** A web address, or nothing: no javascript:, data: or other schemes reach a link on the public pages. */
    static final String LINK = "(?i)(https?://[^\\s/?#]+\\S*)?";

    @NotNull
    @PastOrPresent
    @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
    private LocalDate date;

    @NotNull
    private EvidenceKind kind = EvidenceKind.POLICY;

    @NotBlank
    @Size(max = 2000)
    private String description;

    @Size(max = 1000)
    @Pattern(regexp = LINK)
    private String link;

    public LocalDate getDate() {
        return this.date;
    }

    public void setDate(LocalDate date) {
        this.date = date;
    }

    public EvidenceKind getKind() {
        return this.kind;
    }

    public void setKind(EvidenceKind kind) {
        this.kind = kind;
    }

    public String getDescription() {
        return this.description;
    }

    public void setDescription(String description) {
        this.description = description;
    }

    public String getLink() {
        return this.link;
    }

    public void setLink(String link) {
        this.link = link;
    }

}
