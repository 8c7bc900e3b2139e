package org.aiip.tracker.membership;

import java.time.Instant;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import org.aiip.tracker.system.LocalizedText;

/** One dated fact of a member's membership, with the page that states it. */
@Entity
@Table(name = "membership_event")
public class MembershipEvent {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    private Long memberId;

    @Enumerated(EnumType.STRING)
    private MembershipKind kind;

    private LocalDate eventDate;

    private String dateNote;

    private String dateNoteKo;

    private String dateNoteZh;

    private String legalEntity;

    private String sourceTitle;

    private String sourceUrl;

    private String enteredBy;

    private Instant enteredAt;

    protected MembershipEvent() {
    }

    public MembershipEvent(Long memberId, MembershipKind kind, LocalDate eventDate, String dateNote, String legalEntity,
            String sourceTitle, String sourceUrl, String enteredBy) {
        this.memberId = memberId;
        this.kind = kind;
        this.eventDate = eventDate;
        this.dateNote = dateNote;
        this.legalEntity = legalEntity;
        this.sourceTitle = sourceTitle;
        this.sourceUrl = sourceUrl;
        this.enteredBy = enteredBy;
        this.enteredAt = Instant.now();
    }

    public Map<String, String> auditState() {
        Map<String, String> state = new LinkedHashMap<>();
        state.put("kind", this.kind.name());
        state.put("date", this.eventDate.toString());
        state.put("dateNote", this.dateNote);
        state.put("legalEntity", this.legalEntity);
        state.put("sourceTitle", this.sourceTitle);
        state.put("sourceUrl", this.sourceUrl);
        return state;
    }

    public Long getId() {
        return this.id;
    }

    public Long getMemberId() {
        return this.memberId;
    }

    public MembershipKind getKind() {
        return this.kind;
    }

    public LocalDate getEventDate() {
        return this.eventDate;
    }

    public String getDateNote() {
        return this.dateNote;
    }

    /** The note in every language (Korean and Chinese are the tracker's translations, where it has made them). */
    public LocalizedText dateNoteText() {
        return new LocalizedText(this.dateNote, this.dateNoteKo, this.dateNoteZh);
    }

    public String getLegalEntity() {
        return this.legalEntity;
    }

    public String getSourceTitle() {
        return this.sourceTitle;
    }

    public String getSourceUrl() {
        return this.sourceUrl;
    }

    public String getEnteredBy() {
        return this.enteredBy;
    }

    public Instant getEnteredAt() {
        return this.enteredAt;
    }

}
