package org.aiip.tracker.licensing;

import java.time.LocalDate;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.JoinTable;
import jakarta.persistence.ManyToMany;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;

import org.aiip.tracker.filing.PatentFiling;
import org.aiip.tracker.member.MemberCompany;
import org.aiip.tracker.registry.PatentLists;
import org.aiip.tracker.registry.SourcedRecord;

/**
 * A member's offer to license patents: which filings or families, on what terms, for which field of
 * use, to whom, and from when until when. The licence text itself is kept in {@link LicenceSnapshot}s.
 */
@Entity
@Table(name = "licence_offer")
public class LicenceOffer extends SourcedRecord {

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "member_id")
    private MemberCompany member;

    private String title;

    @Enumerated(EnumType.STRING)
    private LicenceTerms terms;

    private String fieldOfUse;

    private String licensees;

    private LocalDate offeredFrom;

    private LocalDate offeredUntil;

    private String licenceUrl;

    /** Whether the offer covers all of the member's patents within its field of use, not a list. */
    private boolean wholePortfolio;

    @ManyToMany(fetch = FetchType.LAZY)
    @JoinTable(name = "licence_offer_filing", joinColumns = @JoinColumn(name = "offer_id"),
            inverseJoinColumns = @JoinColumn(name = "filing_id"))
    @OrderBy("id")
    private Set<PatentFiling> filings = new LinkedHashSet<>();

    @ElementCollection(fetch = FetchType.LAZY)
    @CollectionTable(name = "licence_offer_family", joinColumns = @JoinColumn(name = "offer_id"))
    @Column(name = "family_key")
    private Set<String> families = new TreeSet<>();

    protected LicenceOffer() {
    }

    LicenceOffer(MemberCompany member) {
        this.member = member;
    }

    /** Whether the offer stands on the day: begun and not ended. */
    public boolean isOpenOn(LocalDate day) {
        return !this.offeredFrom.isAfter(day) && (this.offeredUntil == null || !this.offeredUntil.isBefore(day));
    }

    public MemberCompany getMember() {
        return this.member;
    }

    void setMember(MemberCompany member) {
        this.member = member;
    }

    public String getTitle() {
        return this.title;
    }

    public LicenceTerms getTerms() {
        return this.terms;
    }

    public String getFieldOfUse() {
        return this.fieldOfUse;
    }

    public String getLicensees() {
        return this.licensees;
    }

    public LocalDate getOfferedFrom() {
        return this.offeredFrom;
    }

    public LocalDate getOfferedUntil() {
        return this.offeredUntil;
    }

    public String getLicenceUrl() {
        return this.licenceUrl;
    }

    public boolean isWholePortfolio() {
        return this.wholePortfolio;
    }

    public Set<PatentFiling> getFilings() {
        return this.filings;
    }

    public Set<String> getFamilies() {
        return this.families;
    }

    void describe(String title, LicenceTerms terms, String fieldOfUse, String licensees, String licenceUrl) {
        this.title = title;
        this.terms = terms;
        this.fieldOfUse = fieldOfUse;
        this.licensees = licensees;
        this.licenceUrl = licenceUrl;
    }

    void setSource(String sourceUrl, String note) {
        source(sourceUrl, note);
    }

    void setPeriod(LocalDate from, LocalDate until) {
        this.offeredFrom = from;
        this.offeredUntil = until;
    }

    void cover(boolean wholePortfolio, Collection<PatentFiling> filings, Collection<String> families) {
        this.wholePortfolio = wholePortfolio;
        this.filings.clear();
        this.filings.addAll(filings);
        this.families.clear();
        this.families.addAll(families);
    }

    /** The fields as the audit trail shows them, before and after a change. */
    @Override
    public Map<String, String> auditState() {
        Map<String, String> state = new LinkedHashMap<>();
        state.put("member", this.member.getNameEn());
        state.put("title", this.title);
        state.put("terms", String.valueOf(this.terms));
        state.put("fieldOfUse", this.fieldOfUse);
        state.put("licensees", this.licensees);
        state.put("offeredFrom", String.valueOf(this.offeredFrom));
        state.put("offeredUntil", this.offeredUntil == null ? null : this.offeredUntil.toString());
        state.put("licenceUrl", this.licenceUrl);
        state.put("note", getNote());
        state.put("filings", PatentLists.auditText(this.filings));
        state.put("families", PatentLists.familiesText(this.families));
        state.put("wholePortfolio", String.valueOf(this.wholePortfolio));
        state.put("sourceUrl", getSourceUrl());
        return state;
    }

}
