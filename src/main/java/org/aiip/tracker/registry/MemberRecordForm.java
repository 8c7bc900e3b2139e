package org.aiip.tracker.registry;

import java.util.Collection;
import java.util.List;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import org.aiip.tracker.filing.PatentFiling;
import org.aiip.tracker.member.MemberCompany;

/**
 * A form for a record of one member's patents (a licence offer, a standards declaration): the member, the
 * patents typed one number a line, the families separated by semicolons; the service finds and checks them.
 */
public abstract class MemberRecordForm extends RecordForm {

    @NotNull
    private Long memberId;

    @Size(max = 20000)
    private String patents;

    @Size(max = 4000)
    private String families;

    /** Fills the member, patents, families, note and version from a stored record. */
    protected void fillFrom(SourcedRecord record, MemberCompany member, Collection<PatentFiling> filings,
            Collection<String> families) {
        fillFrom(record);
        this.memberId = member.getId();
        this.patents = PatentLists.numbersText(filings);
        this.families = PatentLists.familiesText(families);
    }

    /** The typed patent numbers, without blanks or repeats. */
    protected List<String> patentList() {
        return PatentLists.numbers(this.patents);
    }

    /** The typed family keys, without blanks or repeats. */
    protected List<String> familyList() {
        return PatentLists.families(this.families);
    }

    public Long getMemberId() {
        return this.memberId;
    }

    public void setMemberId(Long memberId) {
        this.memberId = memberId;
    }

    public String getPatents() {
        return this.patents;
    }

    public void setPatents(String patents) {
        this.patents = patents;
    }

    public String getFamilies() {
        return this.families;
    }

    public void setFamilies(String families) {
        this.families = families;
    }

}
