package org.aiip.tracker.filing;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.JoinTable;
import jakarta.persistence.ManyToMany;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.OrderColumn;
import jakarta.persistence.PrePersist;
import jakarta.persistence.PreUpdate;
import jakarta.persistence.Table;
import jakarta.persistence.Transient;
import jakarta.persistence.Version;

import org.hibernate.search.engine.backend.types.Aggregable;
import org.hibernate.search.engine.backend.types.Projectable;
import org.hibernate.search.engine.backend.types.Searchable;
import org.hibernate.search.engine.backend.types.Sortable;
import org.hibernate.search.mapper.pojo.automaticindexing.ReindexOnUpdate;
import org.hibernate.search.mapper.pojo.bridge.mapping.annotation.PropertyBinderRef;
import org.hibernate.search.mapper.pojo.bridge.mapping.annotation.ValueBridgeRef;
import org.hibernate.search.mapper.pojo.mapping.definition.annotation.GenericField;
import org.hibernate.search.mapper.pojo.mapping.definition.annotation.Indexed;
import org.hibernate.search.mapper.pojo.mapping.definition.annotation.IndexingDependency;
import org.hibernate.search.mapper.pojo.mapping.definition.annotation.KeywordField;
import org.hibernate.search.mapper.pojo.mapping.definition.annotation.ObjectPath;
import org.hibernate.search.mapper.pojo.mapping.definition.annotation.PropertyBinding;
import org.hibernate.search.mapper.pojo.mapping.definition.annotation.PropertyValue;

import org.aiip.tracker.member.MemberCompany;

/**
 * A patent application filed by a member company at one office. The application number is stored
 * in its normalised form ({@link ApplicationNumber#normalised()}); a filing is confidential until
 * it has been published ({@link #isPublished()}).
 */
@Entity
@Table(name = "patent_filing")
@Indexed(index = FilingIndex.NAME)
public class PatentFiling {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    @GenericField(sortable = Sortable.YES, projectable = Projectable.YES)
    private Long id;

    @Enumerated(EnumType.STRING)
    @KeywordField(sortable = Sortable.YES, projectable = Projectable.YES)
    private PatentOffice office;

    @Column(name = "application_number")
    @KeywordField(sortable = Sortable.YES)
    private String applicationNumber;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "applicant_id")
    private MemberCompany applicant;

    @ManyToMany(fetch = FetchType.LAZY)
    @JoinTable(name = "filing_co_applicant", joinColumns = @JoinColumn(name = "filing_id"),
            inverseJoinColumns = @JoinColumn(name = "member_id"))
    private Set<MemberCompany> coApplicants = new LinkedHashSet<>();

    @PropertyBinding(binder = @PropertyBinderRef(type = FilingText.class))
    @KeywordField(name = FilingIndex.TITLE_SORT, sortable = Sortable.YES, projectable = Projectable.YES)
    private String title;

    @Column(name = "abstract_text", length = 4000)
    @PropertyBinding(binder = @PropertyBinderRef(type = FilingText.class))
    private String abstractText;

    @GenericField(sortable = Sortable.YES, projectable = Projectable.YES)
    private LocalDate filingDate;

    /** Kept beside the filing date so that the year filter and the per-year figures use an index. */
    @KeywordField(valueBridge = @ValueBridgeRef(type = KeywordBridges.Number.class))
    private int filingYear;

    private LocalDate priorityDate;

    private String publicationNumber;

    private LocalDate publicationDate;

    private String grantNumber;

    private LocalDate grantDate;

    @Enumerated(EnumType.STRING)
    @KeywordField(projectable = Projectable.YES)
    private LegalStatus legalStatus = LegalStatus.FILED;

    /** Derived from the publication date; kept as a column so that public queries filter on an index. */
    @KeywordField(valueBridge = @ValueBridgeRef(type = KeywordBridges.YesNo.class))
    private boolean published;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "technology_area_id")
    private TechnologyArea technologyArea;

    @ElementCollection(fetch = FetchType.LAZY)
    @CollectionTable(name = "filing_ipc", joinColumns = @JoinColumn(name = "filing_id"))
    @OrderColumn(name = "position")
    @Column(name = "symbol")
    @KeywordField(name = FilingIndex.IPC)
    private List<String> ipcSymbols = new ArrayList<>();

    @KeywordField(valueBridge = @ValueBridgeRef(type = KeywordBridges.YesNo.class), projectable = Projectable.YES)
    private boolean openLicence;

    @Column(length = 2000)
    private String licenceTerms;

    @KeywordField
    private String familyKey;

    /** Where the filing's number, title, applicant and dates can be checked: a public register page. */
    private String sourceUrl;

    /** Projected so that a list shows a date known to the year as a year, not as 1 January. */
    @Enumerated(EnumType.STRING)
    @KeywordField(searchable = Searchable.NO, projectable = Projectable.YES)
    private FilingDateSource filingDateSource = FilingDateSource.FILED;

    /** {@link PublicationNumber#serial()} of the publication and of the grant, by which imports find the filing. */
    private String publicationSerial;

    private String grantSerial;

    /** How many applicants the source names, members and others; a shared filing counts 1/n for each member. */
    private int applicantCount = 1;

    /** Short hashes of the values the last import wrote, to tell which fields were changed by hand since. */
    private String importFingerprint;

    @ElementCollection(fetch = FetchType.LAZY)
    @CollectionTable(name = "filing_party", joinColumns = @JoinColumn(name = "filing_id"))
    @OrderColumn(name = "position")
    private List<FilingParty> parties = new ArrayList<>();

    @ElementCollection(fetch = FetchType.LAZY)
    @CollectionTable(name = "filing_family_ref", joinColumns = @JoinColumn(name = "filing_id"))
    @Column(name = "ref")
    private Set<String> familyRefs = new LinkedHashSet<>();

    /** Indexed so that the list can show real filings, the synthetic sample, or both. */
    @KeywordField(valueBridge = @ValueBridgeRef(type = KeywordBridges.YesNo.class), projectable = Projectable.YES)
    private boolean sample;

    @Column(length = 1000)
    private String withdrawalReason;

    @Version
    @GenericField(projectable = Projectable.YES)
    private long version;

    private Instant createdAt;

    @GenericField(sortable = Sortable.YES)
    private Instant updatedAt;

    /** {@link #applicationNumber} as read once for this instance (the stored form is parsed on first use). */
    @Transient
    private ApplicationNumber number;

    protected PatentFiling() {
    }

    public PatentFiling(ApplicationNumber number, MemberCompany applicant, TechnologyArea area) {
        this.office = number.office();
        this.applicationNumber = number.normalised();
        this.number = number;
        this.applicant = applicant;
        this.technologyArea = area;
    }

    /**
     * A detached copy of a filing written with SQL, for the search index only: never persisted or
     * merged ({@link FilingIndexer#indexWritten}).
     */
    static PatentFiling written(WrittenFiling w, MemberCompany applicant, TechnologyArea area) {
        PatentFiling f = new PatentFiling();
        f.id = w.id();
        f.office = w.office();
        f.applicationNumber = w.applicationNumber();
        f.publicationNumber = w.publicationNumber();
        f.applicant = applicant;
        f.technologyArea = area;
        f.title = w.title();
        f.abstractText = w.abstractText();
        f.filingDate = w.filingDate();
        f.filingYear = w.filingDate().getYear();
        f.legalStatus = w.legalStatus();
        f.publicationDate = w.publicationDate();
        f.published = w.publicationDate() != null;
        f.ipcSymbols = new ArrayList<>(w.ipcSymbols());
        f.openLicence = w.openLicence();
        f.familyKey = w.familyKey();
        f.updatedAt = w.updatedAt();
        f.version = w.version();
        f.sample = w.sample();
        return f;
    }

    /** A filing known by its publication only: the application number is not in the source yet. */
    public PatentFiling(PublicationNumber publication, MemberCompany applicant, TechnologyArea area) {
        this.office = publication.office();
        this.applicant = applicant;
        this.technologyArea = area;
        setPublicationNumber(publication.canonical());
    }

    @PrePersist
    @PreUpdate
    void beforeSave() {
        Instant now = Instant.now();
        if (this.createdAt == null) {
            this.createdAt = now;
        }
        this.updatedAt = now;
        this.published = isPublic(this.publicationNumber, this.publicationDate);
        this.filingYear = this.filingDate.getYear();
        this.publicationSerial = serialOf(this.publicationNumber);
        this.grantSerial = serialOf(this.grantNumber);
    }

    /**
     * Whether a filing with this publication data is public: a publication number or date is on
     * record (real sources do not always show the date of a publication they name).
     */
    public static boolean isPublic(String publicationNumber, LocalDate publicationDate) {
        return publicationDate != null || (publicationNumber != null && !publicationNumber.isBlank());
    }

    private static String serialOf(String number) {
        return number == null ? null : PublicationNumber.tryParse(number).map(PublicationNumber::serial).orElse(null);
    }

    /** The application number as a value, shown in the office's usual form by its toString; null when not known. */
    public ApplicationNumber getNumber() {
        if (this.applicationNumber == null) {
            return null;
        }
        ApplicationNumber read = this.number;
        if (read == null || read.office() != this.office || !read.normalised().equals(this.applicationNumber)) {
            read = ApplicationNumber.ofNormalised(this.office, this.applicationNumber);
            this.number = read;
        }
        return read;
    }

    /** The number people know the filing by: its application number, else its publication number. */
    public String getDisplayNumber() {
        return this.applicationNumber != null ? getNumber().display() : this.publicationNumber;
    }

    public void setNumber(ApplicationNumber number) {
        this.office = number.office();
        this.applicationNumber = number.normalised();
        this.number = number;
    }

    public Long getId() {
        return this.id;
    }

    public PatentOffice getOffice() {
        return this.office;
    }

    public String getApplicationNumber() {
        return this.applicationNumber;
    }

    public MemberCompany getApplicant() {
        return this.applicant;
    }

    /** The applicant's id, as the search index filters on it (confidentiality, the member filter). */
    @KeywordField(name = FilingIndex.APPLICANT, valueBridge = @ValueBridgeRef(type = KeywordBridges.Number.class),
            projectable = Projectable.YES)
    @IndexingDependency(derivedFrom = @ObjectPath(@PropertyValue(propertyName = "applicant")),
            reindexOnUpdate = ReindexOnUpdate.SHALLOW)
    public Long getApplicantId() {
        return this.applicant.getId();
    }

    /** The technology area's id, as the search index filters on it. */
    @KeywordField(name = FilingIndex.AREA, valueBridge = @ValueBridgeRef(type = KeywordBridges.Number.class),
            projectable = Projectable.YES)
    @IndexingDependency(derivedFrom = @ObjectPath(@PropertyValue(propertyName = "technologyArea")),
            reindexOnUpdate = ReindexOnUpdate.SHALLOW)
    public Long getTechnologyAreaId() {
        return this.technologyArea.getId();
    }

    /**
     * The number a list shows ({@link FilingListRow#applicationNumber}): the application number, or the
     * publication number of a filing known only by its publication. Stored in the index, not searched: the lists
     * read their rows from the index ({@link FilingIndex.ListHit}).
     */
    @KeywordField(name = FilingIndex.LISTED_NUMBER, searchable = Searchable.NO, projectable = Projectable.YES)
    @IndexingDependency(derivedFrom = { @ObjectPath(@PropertyValue(propertyName = "applicationNumber")),
            @ObjectPath(@PropertyValue(propertyName = "publicationNumber")) })
    public String getListedNumber() {
        return (this.applicationNumber != null) ? this.applicationNumber : this.publicationNumber;
    }

    /**
     * The filing date and the id in one number ({@link FilingIndex#dateOrder}), so that the lists by date
     * sort on a single field, which the search engine orders fastest and can skip through.
     */
    @GenericField(name = FilingIndex.DATE_ORDER, sortable = Sortable.YES)
    @IndexingDependency(derivedFrom = { @ObjectPath(@PropertyValue(propertyName = "filingDate")),
            @ObjectPath(@PropertyValue(propertyName = "id")) })
    public Long getDateOrder() {
        return (this.filingDate == null || this.id == null) ? null : FilingIndex.dateOrder(this.filingDate, this.id);
    }

    /**
     * The filing date as a day number ({@link FilingIndex#day}): the engine counts a list's filings per day in
     * the pass that counts them all, so that a page of a list by date is read from within its days (a few hundred
     * filings for the busiest member) instead of from the start of the list.
     */
    @GenericField(name = FilingIndex.FILING_DAY, aggregable = Aggregable.YES)
    @IndexingDependency(derivedFrom = @ObjectPath(@PropertyValue(propertyName = "filingDate")))
    public Integer getFilingDay() {
        return (this.filingDate == null) ? null : FilingIndex.day(this.filingDate);
    }

    public void setApplicant(MemberCompany applicant) {
        this.applicant = applicant;
    }

    public Set<MemberCompany> getCoApplicants() {
        return this.coApplicants;
    }

    public String getTitle() {
        return this.title;
    }

    public void setTitle(String title) {
        this.title = title;
    }

    public String getAbstractText() {
        return this.abstractText;
    }

    public void setAbstractText(String abstractText) {
        this.abstractText = abstractText;
    }

    public LocalDate getFilingDate() {
        return this.filingDate;
    }

    public void setFilingDate(LocalDate filingDate) {
        this.filingDate = filingDate;
        this.filingYear = filingDate.getYear();
    }

    public int getFilingYear() {
        return this.filingYear;
    }

    public LocalDate getPriorityDate() {
        return this.priorityDate;
    }

    public void setPriorityDate(LocalDate priorityDate) {
        this.priorityDate = priorityDate;
    }

    public String getPublicationNumber() {
        return this.publicationNumber;
    }

    public void setPublicationNumber(String publicationNumber) {
        this.publicationNumber = publicationNumber;
        this.publicationSerial = serialOf(publicationNumber);
        this.published = isPublic(this.publicationNumber, this.publicationDate);
    }

    public LocalDate getPublicationDate() {
        return this.publicationDate;
    }

    public void setPublicationDate(LocalDate publicationDate) {
        this.publicationDate = publicationDate;
        this.published = isPublic(this.publicationNumber, publicationDate);
    }

    public String getGrantNumber() {
        return this.grantNumber;
    }

    public void setGrantNumber(String grantNumber) {
        this.grantNumber = grantNumber;
        this.grantSerial = serialOf(grantNumber);
    }

    public LocalDate getGrantDate() {
        return this.grantDate;
    }

    public void setGrantDate(LocalDate grantDate) {
        this.grantDate = grantDate;
    }

    public LegalStatus getLegalStatus() {
        return this.legalStatus;
    }

    public void setLegalStatus(LegalStatus legalStatus) {
        this.legalStatus = legalStatus;
    }

    /** Whether the filing has been published; until then it is confidential. */
    public boolean isPublished() {
        return this.published;
    }

    public TechnologyArea getTechnologyArea() {
        return this.technologyArea;
    }

    public void setTechnologyArea(TechnologyArea technologyArea) {
        this.technologyArea = technologyArea;
    }

    public List<String> getIpcSymbols() {
        return this.ipcSymbols;
    }

    public void setIpcSymbols(List<IpcSymbol> symbols) {
        this.ipcSymbols.clear();
        symbols.forEach(s -> this.ipcSymbols.add(s.toString()));
    }

    public boolean isOpenLicence() {
        return this.openLicence;
    }

    public void setOpenLicence(boolean openLicence) {
        this.openLicence = openLicence;
    }

    public String getLicenceTerms() {
        return this.licenceTerms;
    }

    public void setLicenceTerms(String licenceTerms) {
        this.licenceTerms = licenceTerms;
    }

    public String getFamilyKey() {
        return this.familyKey;
    }

    public void setFamilyKey(String familyKey) {
        this.familyKey = familyKey;
    }

    public String getSourceUrl() {
        return this.sourceUrl;
    }

    public void setSourceUrl(String sourceUrl) {
        this.sourceUrl = sourceUrl;
    }

    public FilingDateSource getFilingDateSource() {
        return this.filingDateSource;
    }

    public void setFilingDateSource(FilingDateSource filingDateSource) {
        this.filingDateSource = filingDateSource;
    }

    public int getApplicantCount() {
        return this.applicantCount;
    }

    public List<FilingParty> getParties() {
        return this.parties;
    }

    public Set<String> getFamilyRefs() {
        return this.familyRefs;
    }

    public boolean isSample() {
        return this.sample;
    }

    public void markSample() {
        this.sample = true;
    }

    public String getWithdrawalReason() {
        return this.withdrawalReason;
    }

    /** Withdraws the filing; nothing is deleted, the record keeps the reason. */
    public void withdraw(String reason) {
        this.legalStatus = LegalStatus.WITHDRAWN;
        this.withdrawalReason = reason;
    }

    /** The filing's fields as shown to people, for the audit trail's before-and-after. */
    public java.util.Map<String, String> auditState() {
        java.util.Map<String, String> state = new java.util.LinkedHashMap<>();
        state.put("office", String.valueOf(this.office));
        state.put("applicationNumber", this.applicationNumber == null ? null : getNumber().display());
        state.put("applicant", this.applicant.getNameEn());
        state.put("coApplicants", this.coApplicants.stream().map(MemberCompany::getNameEn).sorted().toList().toString());
        state.put("title", this.title);
        state.put("abstract", this.abstractText);
        state.put("filingDate", String.valueOf(this.filingDate));
        state.put("priorityDate", this.priorityDate == null ? null : this.priorityDate.toString());
        state.put("publicationNumber", this.publicationNumber);
        state.put("publicationDate", this.publicationDate == null ? null : this.publicationDate.toString());
        state.put("grantNumber", this.grantNumber);
        state.put("grantDate", this.grantDate == null ? null : this.grantDate.toString());
        state.put("legalStatus", String.valueOf(this.legalStatus));
        state.put("technologyArea", this.technologyArea.getCode());
        state.put("ipcClasses", String.join("; ", this.ipcSymbols));
        state.put("openLicence", String.valueOf(this.openLicence));
        state.put("licenceTerms", this.licenceTerms);
        state.put("familyKey", this.familyKey);
        state.put("sourceUrl", this.sourceUrl);
        state.put("withdrawalReason", this.withdrawalReason);
        return state;
    }

    public long getVersion() {
        return this.version;
    }

    public Instant getCreatedAt() {
        return this.createdAt;
    }

    public Instant getUpdatedAt() {
        return this.updatedAt;
    }

}
