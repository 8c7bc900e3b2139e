package org.aiip.tracker.litigation;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import org.springframework.format.annotation.DateTimeFormat;

import org.aiip.tracker.registry.PatentLists;
import org.aiip.tracker.registry.RecordForm;
import org.aiip.tracker.litigation.internal.CaseParty;
import org.aiip.tracker.litigation.internal.CasePatent;

/**
 * What the case form sends. Only these fields bind ({@link #FIELDS}); the parties come as rows
 * ({@code parties[0].memberId} ...), of which blank ones are left out. Patents are typed one number a
 * line: a member's published filing is linked, any other number kept as written.
 */
public class CaseForm extends RecordForm {

    public static final String[] FIELDS = { "caseNumber", "title", "forum", "forumKind", "filedOn", "decidedOn", "outcome",
            "outcomeNote", "sourceUrl", "note", "patents", "parties*", "version" };

    /** Blank party rows the form offers beyond those filled in. */
    static final int SPARE_ROWS = 2;

    static final int MAX_PARTIES = 12;

    @NotBlank
    @Size(max = 200)
    private String caseNumber;

    @NotBlank
    @Size(max = 300)
    private String title;

    @NotBlank
    @Size(max = 300)
    private String forum;

    @NotNull
    private ForumKind forumKind = ForumKind.COURT;

    @NotNull
    @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
    private LocalDate filedOn;

    @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
    private LocalDate decidedOn;

    @NotNull
    private CaseOutcome outcome = CaseOutcome.PENDING;

    @Size(max = 2000)
    private String outcomeNote;

    @NotBlank
    @Size(max = 1000)
    @Pattern(regexp = RecordForm.LINK)
    private String sourceUrl;

    @Size(max = 4000)
    private String patents;

    @Valid
    @Size(max = MAX_PARTIES)
    private List<PartyRow> parties = new ArrayList<>();

    public static CaseForm blank() {
        CaseForm form = new CaseForm();
        form.padParties();
        return form;
    }

    static CaseForm from(LitigationCase c) {
        CaseForm form = new CaseForm();
        form.fillFrom(c);
        form.caseNumber = c.getCaseNumber();
        form.title = c.getTitle();
        form.forum = c.getForum();
        form.forumKind = c.getForumKind();
        form.filedOn = c.getFiledOn();
        form.decidedOn = c.getDecidedOn();
        form.outcome = c.getOutcome();
        form.outcomeNote = c.getOutcomeNote();
        form.sourceUrl = c.getSourceUrl();
        form.patents = String.join("\n", c.getPatents().stream().map(CasePatent::getNumber).toList());
        for (CaseParty p : c.getParties()) {
            PartyRow row = new PartyRow();
            row.setSide(p.getSide());
            row.setMemberId(p.getMemberId());
            row.setName(p.getName());
            row.setAssertionEntity(p.isAssertionEntity());
            form.parties.add(row);
        }
        form.padParties();
        return form;
    }

    /** Adds blank rows so that the form always offers a few more parties. */
    public void padParties() {
        long blank = this.parties.stream().filter(PartyRow::isBlank).count();
        for (long i = blank; i < SPARE_ROWS && this.parties.size() < MAX_PARTIES; i++) {
            this.parties.add(new PartyRow());
        }
    }

    /** What the service needs: the patents read as a list, every party row in its place. */
    public CaseCommand toCommand() {
        return new CaseCommand(this.caseNumber, this.title, this.forum, this.forumKind, this.filedOn,
                this.decidedOn, this.outcome, this.outcomeNote, this.sourceUrl, getNote(),
                PatentLists.numbers(this.patents), this.parties.stream().map(PartyRow::toParty).toList(), getVersion());
    }

    /** One party row of the form: a member from the list, or an outsider's name. */
    public static class PartyRow {

        private PartySide side = PartySide.CLAIMANT;

        private Long memberId;

        @Size(max = 300)
        private String name;

        private boolean assertionEntity;

        boolean isBlank() {
            return toParty().isBlank();
        }

        CaseCommand.Party toParty() {
            return new CaseCommand.Party(this.side, this.memberId, this.name, this.assertionEntity);
        }

        public PartySide getSide() {
            return this.side;
        }

        public void setSide(PartySide side) {
            this.side = side;
        }

        public Long getMemberId() {
            return this.memberId;
        }

        public void setMemberId(Long memberId) {
            this.memberId = memberId;
        }

        public String getName() {
            return this.name;
        }

        public void setName(String name) {
            this.name = name;
        }

        public boolean isAssertionEntity() {
            return this.assertionEntity;
        }

        public void setAssertionEntity(boolean assertionEntity) {
            this.assertionEntity = assertionEntity;
        }

    }

    public String getCaseNumber() {
        return this.caseNumber;
    }

    public void setCaseNumber(String caseNumber) {
        this.caseNumber = caseNumber;
    }

    public String getTitle() {
        return this.title;
    }

    public void setTitle(String title) {
        this.title = title;
    }

    public String getForum() {
        return this.forum;
    }

    public void setForum(String forum) {
        this.forum = forum;
    }

    public ForumKind getForumKind() {
        return this.forumKind;
    }

    public void setForumKind(ForumKind forumKind) {
        this.forumKind = forumKind;
    }

    public LocalDate getFiledOn() {
        return this.filedOn;
    }

    public void setFiledOn(LocalDate filedOn) {
        this.filedOn = filedOn;
    }

    public LocalDate getDecidedOn() {
        return this.decidedOn;
    }

    public void setDecidedOn(LocalDate decidedOn) {
        this.decidedOn = decidedOn;
    }

    public CaseOutcome getOutcome() {
        return this.outcome;
    }

    public void setOutcome(CaseOutcome outcome) {
        this.outcome = outcome;
    }

    public String getOutcomeNote() {
        return this.outcomeNote;
    }

    public void setOutcomeNote(String outcomeNote) {
        this.outcomeNote = outcomeNote;
    }

    public String getSourceUrl() {
        return this.sourceUrl;
    }

    public void setSourceUrl(String sourceUrl) {
        this.sourceUrl = sourceUrl;
    }

    public String getPatents() {
        return this.patents;
    }

    public void setPatents(String patents) {
        this.patents = patents;
    }

    public List<PartyRow> getParties() {
        return this.parties;
    }

    public void setParties(List<PartyRow> parties) {
        this.parties = parties == null ? new ArrayList<>() : parties;
    }

}
