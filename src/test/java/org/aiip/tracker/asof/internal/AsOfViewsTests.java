package org.aiip.tracker.asof.internal;

import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Locale;
import java.util.Map;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.transaction.annotation.Transactional;

import org.aiip.tracker.account.AccountService;
import org.aiip.tracker.account.TestAccounts;
import org.aiip.tracker.account.TrackerUser;
import org.aiip.tracker.compliance.ComplianceEditService;
import org.aiip.tracker.compliance.ComplianceStatus;
import org.aiip.tracker.filing.FilingData;
import org.aiip.tracker.filing.FilingEditService;
import org.aiip.tracker.filing.FilingReferences;
import org.aiip.tracker.filing.LegalStatus;
import org.aiip.tracker.filing.PatentFiling;
import org.aiip.tracker.filing.PatentOffice;
import org.aiip.tracker.licensing.LicenceOffer;
import org.aiip.tracker.licensing.LicenceOfferForm;
import org.aiip.tracker.licensing.LicenceOfferService;
import org.aiip.tracker.litigation.CaseForm;
import org.aiip.tracker.registry.RegistryForms;
import org.aiip.tracker.litigation.CaseService;
import org.aiip.tracker.litigation.LitigationCase;
import org.aiip.tracker.litigation.PatentTransfer;
import org.aiip.tracker.litigation.TransferForm;
import org.aiip.tracker.litigation.TransferService;
import org.aiip.tracker.member.MemberService;
import org.aiip.tracker.overview.Dashboard;
import org.aiip.tracker.overview.DashboardService;
import org.aiip.tracker.standards.Commitment;
import org.aiip.tracker.standards.DeclarationCommand;
import org.aiip.tracker.standards.DeclarationService;
import org.aiip.tracker.standards.StandardsDeclaration;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The "as of" views are the record as it stood: changes are made through the real services, then dated
 * (their audit entries and the filings' storage times are set to known days), and the dashboard as of
 * 30 June 2020 must differ from today's by exactly the changes dated after it.
 */
@SpringBootTest
@AutoConfigureMockMvc
@ActiveProfiles("test")
@Transactional
class AsOfViewsTests {

    static final AsOf JUNE_2020 = new AsOf(LocalDate.of(2020, 6, 30));

    @Autowired
    MockMvc mvc;

    @Autowired
    FilingEditService filings;

    @Autowired
    ComplianceEditService compliance;

    @Autowired
    AsOfPages pages;

    @Autowired
    DashboardService dashboards;

    @Autowired
    MemberService members;

    @Autowired
    AccountService accounts;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    jakarta.persistence.EntityManager em;

    @Autowired
    LicenceOfferService offers;

    @Autowired
    CaseService cases;

    @Autowired
    TransferService transfers;

    @Autowired
    DeclarationService declarations;

    PatentFiling early;

    PatentFiling other;

    PatentFiling late;

    @BeforeEach
    void changesAtKnownDates() {
        TrackerUser admin = new TestAccounts(this.accounts, this.members).newAdmin();
        SecurityContextHolder.getContext()
            .setAuthentication(UsernamePasswordAuthenticationToken.authenticated(admin, null, admin.getAuthorities()));
        Long baidu = this.members.bySlug("baidu").orElseThrow().getId();
        Long jd = this.members.bySlug("jd").orElseThrow().getId();
        Long haier = this.members.bySlug("haier").orElseThrow().getId();
        // Stored on 1 May 2020, published; examined from 1 February 2021.
        this.early = this.filings.create(data("201910000001.9", baidu, LegalStatus.PUBLISHED, "CN110000001A"));
        this.early = this.filings.update(this.early.getId(), this.early.getVersion(),
                data("201910000001.9", baidu, LegalStatus.UNDER_EXAMINATION, "CN110000001A"));
        // Stored on 2 May 2020 and unchanged since.
        this.other = this.filings.create(data("201910000002.3", jd, LegalStatus.PUBLISHED, "CN110000002A"));
        // Stored on 15 January 2021: after the day.
        this.late = this.filings.create(data("201910000003.8", haier, LegalStatus.PUBLISHED, "CN110000003A"));
        // Baidu's clause 3: planned from 1 June 2020, implemented from 1 January 2022.
        var assessment = this.compliance.save("baidu", 3, null, ComplianceStatus.PLANNED, "A plan");
        this.compliance.save("baidu", 3, assessment.getVersion(), ComplianceStatus.IMPLEMENTED, "Done");
        // Every change is made; now date them (with JDBC, under JPA: the persistence context is emptied first).
        this.em.flush();
        this.em.clear();
        dateCreation("filing", this.early.getId(), "2020-05-01");
        dateLastUpdate("filing", this.early.getId(), "2021-02-01");
        dateCreation("filing", this.other.getId(), "2020-05-02");
        dateCreation("filing", this.late.getId(), "2021-01-15");
        dateCreation("assessment", assessment.getId(), "2020-06-01");
        dateLastUpdate("assessment", assessment.getId(), "2022-01-01");
        SecurityContextHolder.clearContext();
    }

    @AfterEach
    void signOut() {
        SecurityContextHolder.clearContext();
    }

    @Test
    void theDashboardAsOfADayDiffersFromTodaysByExactlyTheChangesSince() {
        AsOfDashboard then = this.pages.dashboard(JUNE_2020, Locale.ENGLISH);
        AsOfDashboard now = this.pages.dashboard(AsOf.parse(LocalDate.now(ZoneOffset.UTC).toString()), Locale.ENGLISH);

        // Today's "as of" figures are today's dashboard.
        Dashboard live = this.dashboards.dashboard(Locale.ENGLISH);
        assertThat(now.totals()).isEqualTo(live.totals());
        Map<String, Long> liveByStatus = new java.util.LinkedHashMap<>();
        live.byStatus().forEach(s -> liveByStatus.put(s.status().name(), s.count()));
        assertThat(now.byStatus()).containsExactlyEntriesOf(liveByStatus);
        assertThat(now.totals().total()).isEqualTo(3);

        // Then: the late filing is absent, the early one not yet under examination, clause 3 only planned.
        assertThat(then.totals().total()).isEqualTo(2);
        assertThat(then.byStatus()).containsExactlyEntriesOf(Map.of("PUBLISHED", 2L));
        Map<String, Long> nowByStatus = new java.util.LinkedHashMap<>();
        nowByStatus.put("PUBLISHED", 2L);
        nowByStatus.put("UNDER_EXAMINATION", 1L);
        assertThat(now.byStatus()).containsExactlyEntriesOf(nowByStatus);
        assertThat(cell(then, "baidu", 3)).isEqualTo("PLANNED");
        assertThat(cell(now, "baidu", 3)).isEqualTo("IMPLEMENTED");
        assertThat(then.perMember()).extracting(m -> m.slug() + "=" + m.count())
            .containsExactlyInAnyOrder("baidu=1", "jd=1", "haier=0");

        // And the page lists exactly those three changes as made since.
        assertThat(then.changesSince()).extracting(e -> e.getEntityType() + ":" + e.getAction())
            .containsExactly("assessment:UPDATE", "filing:UPDATE", "filing:CREATE");
        assertThat(now.changesSince()).isEmpty();

        // Before anything was stored, nothing.
        assertThat(this.pages.dashboard(new AsOf(LocalDate.of(2020, 4, 30)), Locale.ENGLISH).totals().total()).isZero();
    }

    @Test
    void everyAsOfPageSaysSoAndCarriesItsPermanentLinkAndCitation() throws Exception {
        String dashboard = html("/?asOf=2020-06-30");
        assertThat(dashboard).contains("id=\"as-of-banner\"", "The record as of 2020-06-30",
                "http://localhost/?asOf=2020-06-30", "Cite this page", "id=\"asof-total\">2<",
                "Changes made since: 3");
        assertThat(html("/members/baidu?asOf=2020-06-30")).contains("id=\"as-of-banner\"", "Planned", "A plan",
                "A member of the initiative on that day.", "http://localhost/members/baidu?asOf=2020-06-30");
        assertThat(html("/clauses/3?asOf=2020-06-30")).contains("id=\"as-of-banner\"", "Planned",
                "This page shows version 1 of the English text");
        String filing = html("/filings/" + this.early.getId() + "?asOf=2020-06-30");
        assertThat(filing).contains("id=\"as-of-banner\"", "PUBLISHED", "UNDER_EXAMINATION", "table-warning");
        assertThat(html("/filings/" + this.late.getId() + "?asOf=2020-06-30")).contains("id=\"asof-not-yet\"");
        assertThat(html("/?asOf=2020-06-30&lang=ko")).contains("id=\"as-of-banner\"")
            .contains("http://localhost/?asOf=2020-06-30\"");
    }

    @Test
    void todaysPagesOfferACitationWithTheirPermanentLink() throws Exception {
        String today = LocalDate.now(ZoneOffset.UTC).toString();
        assertThat(html("/")).contains("id=\"cite-this-page\"", "http://localhost/?asOf=" + today)
            .doesNotContain("id=\"as-of-banner\"");
        assertThat(html("/members/jd")).contains("http://localhost/members/jd?asOf=" + today);
        assertThat(html("/filings/" + this.other.getId())).contains("/filings/" + this.other.getId() + "?asOf=" + today);
    }

    @Test
    void invalidDatesGetAClearMessageOnEveryPage() throws Exception {
        for (String url : new String[] { "/?asOf=30.06.2020", "/members/baidu?asOf=2020-02-30",
                "/clauses/3?asOf=yesterday", "/filings/" + this.other.getId() + "?asOf=2999-12-31" }) {
            String page = this.mvc.perform(get(url))
                .andExpect(status().isBadRequest())
                .andReturn()
                .getResponse()
                .getContentAsString();
            assertThat(page).as(url).contains("id=\"as-of-error\"", "YYYY-MM-DD");
        }
    }

    @Test
    void theRegistriesCountTheirRecordsByTheirOwnDatesAndAsTheRecordStoodThen() throws Exception {
        signInAsAdmin();
        AsOfRegistries.Records before = this.pages.registries(JUNE_2020);
        long baidu = this.members.bySlug("baidu").orElseThrow().getId();
        long jd = this.members.bySlug("jd").orElseThrow().getId();
        // Baidu's offer from 20 April 2020, recorded on 5 May 2020 without an end; its end (1 June 2020) entered on 1 March 2021.
        LicenceOfferForm form = RegistryForms.offer(baidu, "As-of test offer A", LocalDate.of(2020, 4, 20));
        LicenceOffer a = this.offers.create(form.toCommand(), null);
        form = this.offers.formFor(a.getId());
        form.setOfferedUntil(LocalDate.of(2020, 6, 1));
        this.offers.update(a.getId(), form.toCommand(), null);
        // Baidu's offer from 1 June 2021: not yet offered then.
        LicenceOffer b = this.offers.create(RegistryForms.offer(baidu, "As-of test offer B", LocalDate.of(2021, 6, 1)).toCommand(), null);
        // A case against JD.com filed on 1 November 2019 and decided on 1 March 2022, recorded today.
        CaseForm c = RegistryForms.caseAgainst(jd, "AS-OF-TEST-1", "As-of test case");
        LitigationCase litigated = this.cases.create(c.toCommand());
        // JD.com's filing transferred on 1 May 2023.
        TransferForm t = new TransferForm();
        t.setPatent("CN110000002A");
        t.setAssignee("As-of test assignee");
        t.setTransferredOn(LocalDate.of(2023, 5, 1));
        t.setSourceUrl("https://example.org/as-of-test-transfer");
        PatentTransfer transfer = this.transfers.create(t.toCommand());
        this.em.flush();
        this.em.clear();
        dateCreation(LicenceOfferService.AUDIT_TYPE, a.getId(), "2020-05-05");
        dateLastUpdate(LicenceOfferService.AUDIT_TYPE, a.getId(), "2021-03-01");
        SecurityContextHolder.clearContext();

        AsOfRegistries.Records then = this.pages.registries(JUNE_2020);
        AsOfRegistries.Records now = this.pages.registries(AsOf.parse(LocalDate.now(ZoneOffset.UTC).toString()));
        // Then: offer A in force (its end was not on record yet), B not begun, the case pending, no transfer yet.
        assertThat(then.offersInForce() - before.offersInForce()).isEqualTo(1);
        assertThat(then.of(AsOfRegistries.Kind.OFFER, baidu)).extracting(AsOfRegistries.Item::label)
            .contains("As-of test offer A").doesNotContain("As-of test offer B");
        assertThat(then.casesFiled() - before.casesFiled()).isEqualTo(1);
        assertThat(then.casesPending() - before.casesPending()).isEqualTo(1);
        assertThat(then.transfers()).isEqualTo(before.transfers());
        assertThat(then.count(jd, 4) - before.count(jd, 4)).isEqualTo(1);
        // Today: A ended, B in force, the case decided, the transfer made.
        assertThat(now.of(AsOfRegistries.Kind.OFFER, baidu)).filteredOn(i -> i.id() == a.getId())
            .singleElement().satisfies(i -> assertThat(i.state()).isEqualTo("ENDED"));
        assertThat(now.of(AsOfRegistries.Kind.OFFER, baidu)).filteredOn(i -> i.id() == b.getId())
            .singleElement().satisfies(i -> assertThat(i.state()).isEqualTo("IN_FORCE"));
        assertThat(now.of(AsOfRegistries.Kind.CASE, jd)).filteredOn(i -> i.id() == litigated.getId())
            .singleElement().satisfies(i -> assertThat(i.state()).isEqualTo("PATENT_HOLDER_LOST"));
        assertThat(now.of(AsOfRegistries.Kind.TRANSFER, jd)).extracting(AsOfRegistries.Item::id)
            .contains(transfer.getId());

        // The pages say so, in every language.
        assertThat(html("/?asOf=2020-06-30")).contains("id=\"asof-registries\"", "Licence offers in force that day");
        String member = html("/members/jd?asOf=2020-06-30");
        assertThat(member).contains("AS-OF-TEST-1 · As-of test case", "Pending").doesNotContain("As-of test assignee");
        assertThat(html("/members/jd")).doesNotContain("id=\"asof-member-registries\"");
        assertThat(html("/members/baidu?asOf=2020-06-30&lang=ko")).contains("As-of test offer A", "그날 유효")
            .doesNotContain("As-of test offer B");
        assertThat(html("/members/baidu?asOf=2020-06-30&lang=zh")).contains("As-of test offer A", "当日有效");
        assertThat(html("/?asOf=2020-06-30&lang=zh")).contains("当日有效的许可要约");
    }

    @Test
    void theClausePageShowsItsRegistriesAsTheyStoodThen() throws Exception {
        signInAsAdmin();
        long baidu = this.members.bySlug("baidu").orElseThrow().getId();
        long jd = this.members.bySlug("jd").orElseThrow().getId();
        // Clause 3: Baidu's offer from 20 April 2020, recorded on 5 May 2020; its end (1 June 2020) entered on 1 March 2021.
        LicenceOfferForm form = RegistryForms.offer(baidu, "As-of clause offer A", LocalDate.of(2020, 4, 20));
        LicenceOffer a = this.offers.create(form.toCommand(), null);
        form = this.offers.formFor(a.getId());
        form.setOfferedUntil(LocalDate.of(2020, 6, 1));
        this.offers.update(a.getId(), form.toCommand(), null);
        // and one from 1 June 2021: not yet offered then.
        this.offers.create(RegistryForms.offer(baidu, "As-of clause offer B", LocalDate.of(2021, 6, 1)).toCommand(), null);
        // Clause 4: a case against JD.com filed on 1 November 2019, decided on 1 March 2022; a transfer on 1 May 2023.
        CaseForm c = RegistryForms.caseAgainst(jd, "AS-OF-CLAUSE-1", "As-of clause case");
        this.cases.create(c.toCommand());
        TransferForm t = new TransferForm();
        t.setPatent("CN110000002A");
        t.setAssignee("As-of clause assignee");
        t.setTransferredOn(LocalDate.of(2023, 5, 1));
        t.setSourceUrl("https://example.org/as-of-clause-transfer");
        this.transfers.create(t.toCommand());
        // Clause 2: Baidu's declaration of 1 March 2020 and one of 1 March 2024.
        StandardsDeclaration declared = this.declarations.create(declaration(baidu, "As-of clause standard 2020",
                LocalDate.of(2020, 3, 1)));
        this.declarations.create(declaration(baidu, "As-of clause standard 2024", LocalDate.of(2024, 3, 1)));
        this.em.flush();
        this.em.clear();
        dateCreation(LicenceOfferService.AUDIT_TYPE, a.getId(), "2020-05-05");
        dateLastUpdate(LicenceOfferService.AUDIT_TYPE, a.getId(), "2021-03-01");
        SecurityContextHolder.clearContext();

        // Clause 3 then: offer A in force (its end was not on record yet), B not begun; today both are listed.
        String three = html("/clauses/3?asOf=2020-06-30");
        assertThat(three).contains("id=\"asof-clause-registries\"", "id=\"asof-clause-offer\"",
                "As-of clause offer A", "in force that day", "/members/baidu?asOf=2020-06-30")
            .doesNotContain("As-of clause offer B", "As-of clause case");
        assertThat(section(html("/clauses/3?asOf=" + LocalDate.now(ZoneOffset.UTC)), "asof-clause-offer"))
            .contains("As-of clause offer A", "As-of clause offer B", "ended by then");
        // Clause 4 then: the case pending, the transfer not yet made.
        String four = html("/clauses/4?asOf=2020-06-30");
        assertThat(section(four, "asof-clause-case")).contains("AS-OF-CLAUSE-1 · As-of clause case", "Pending",
                "/members/jd?asOf=2020-06-30");
        assertThat(four).contains("Patents transferred to outsiders by then")
            .doesNotContain("As-of clause assignee", "As-of clause offer A");
        assertThat(html("/clauses/4?asOf=" + LocalDate.now(ZoneOffset.UTC))).contains("As-of clause assignee");
        // Clause 2 then: the 2020 declaration only.
        assertThat(section(html("/clauses/2?asOf=2020-06-30"), "asof-clause-declaration"))
            .contains("As-of clause standard 2020", "/standards/" + declared.getId())
            .doesNotContain("As-of clause standard 2024");
        // A clause without a registry has no such section; today's clause page neither.
        assertThat(html("/clauses/1?asOf=2020-06-30")).doesNotContain("id=\"asof-clause-registries\"");
        assertThat(html("/clauses/3")).doesNotContain("id=\"asof-clause-registries\"");
        // In every language.
        assertThat(html("/clauses/3?asOf=2020-06-30&lang=ko")).contains("당시 이 조항의 등록부 기록",
                "As-of clause offer A", "그날 유효").doesNotContain("As-of clause offer B");
        assertThat(html("/clauses/4?asOf=2020-06-30&lang=zh")).contains("当时本条款登记册中的记录",
                "AS-OF-CLAUSE-1 · As-of clause case");
    }

    DeclarationCommand declaration(long member, String standard, LocalDate on) {
        return new DeclarationCommand(member, "As-of test body", standard, on, Commitment.FRAND, null,
                java.util.List.of(FilingReferences.reference(this.early)), java.util.List.of(),
                "https://example.org/as-of-clause-declaration", null, 0);
    }

    /** The list with this id, from its opening tag to its end. */
    static String section(String html, String id) {
        int start = html.indexOf("id=\"" + id + "\"");
        assertThat(start).as(id).isNotNegative();
        return html.substring(start, html.indexOf("</ul>", start));
    }

    @Test
    void aFilingWithdrawnSinceASharedFilingAndALaterPublicationCountAsTheyStoodThen() throws Exception {
        signInAsAdmin();
        long haier = this.members.bySlug("haier").orElseThrow().getId();
        // "other" (JD.com's, stored 2 May 2020) is withdrawn on 10 January 2022, and Haier applied beside JD.com.
        PatentFiling withdrawn = this.filings.withdraw(this.other.getId(), this.other.getVersion(), "Test withdrawal");
        this.jdbc.update("insert into filing_co_applicant (filing_id, member_id) values (?, ?)", this.other.getId(), haier);
        // Stored on 3 May 2020 unpublished (confidential), published on 1 May 2021.
        FilingData unpublished = data("201910000004.2", haier, LegalStatus.FILED, null);
        unpublished = new FilingData(unpublished.office(), unpublished.applicationNumber(), haier, unpublished.title(),
                null, unpublished.filingDate(), null, null, null, null, null, LegalStatus.FILED, "DEEP_LEARNING",
                "G06N 3/08", false, null, null);
        PatentFiling secret = this.filings.create(unpublished);
        assertThat(secret.isPublished()).isFalse();
        secret = this.filings.update(secret.getId(), secret.getVersion(), data("201910000004.2", haier,
                LegalStatus.PUBLISHED, "CN110000004A"));
        this.em.flush();
        this.em.clear();
        dateLast("filing", withdrawn.getId(), "WITHDRAW", "2022-01-10");
        dateCreation("filing", secret.getId(), "2020-05-03");
        dateLastUpdate("filing", secret.getId(), "2021-05-01");
        SecurityContextHolder.clearContext();

        AsOfDashboard then = this.pages.dashboard(JUNE_2020, Locale.ENGLISH);
        AsOfDashboard now = this.pages.dashboard(AsOf.parse(LocalDate.now(ZoneOffset.UTC).toString()), Locale.ENGLISH);
        // Then: the withdrawn filing counts as published, the confidential one not at all; Haier counts the shared one.
        assertThat(then.totals().total()).isEqualTo(2);
        assertThat(then.byStatus()).containsExactlyEntriesOf(Map.of("PUBLISHED", 2L));
        assertThat(then.perMember()).extracting(m -> m.slug() + "=" + m.count())
            .containsExactlyInAnyOrder("baidu=1", "jd=1", "haier=1");
        assertThat(then.shared()).isTrue();
        assertThat(now.totals().total()).isEqualTo(4);
        assertThat(now.byStatus()).containsEntry("WITHDRAWN", 1L);
        assertThat(this.pages.filingsOf(JUNE_2020, haier, AsOfPages.MEMBER_PAGE_FILINGS).newest())
            .extracting(FilingAsOf::getId)
            .containsExactly(this.other.getId());
        assertThat(html("/filings/" + secret.getId() + "?asOf=2020-06-30")).contains("id=\"asof-not-public\"")
            .doesNotContain("id=\"asof-fields\"");
        assertThat(html("/members/haier?asOf=2020-06-30")).contains("Public filings on record then: 1");
        // A member page lists the newest filings up to a limit and counts them all.
        AsOf today = AsOf.parse(LocalDate.now(ZoneOffset.UTC).toString());
        AsOfPages.MemberFilings all = this.pages.filingsOf(today, haier, Integer.MAX_VALUE);
        AsOfPages.MemberFilings one = this.pages.filingsOf(today, haier, 1);
        assertThat(all.total()).isGreaterThanOrEqualTo(2).isEqualTo(all.newest().size());
        assertThat(all.newest()).extracting(FilingAsOf::getFilingDate)
            .isSortedAccordingTo(java.util.Comparator.nullsLast(java.util.Comparator.reverseOrder()));
        assertThat(one.total()).isEqualTo(all.total());
        assertThat(one.newest()).extracting(FilingAsOf::getId).containsExactly(all.newest().get(0).getId());
    }

    void signInAsAdmin() {
        TrackerUser admin = new TestAccounts(this.accounts, this.members).newAdmin();
        SecurityContextHolder.getContext()
            .setAuthentication(UsernamePasswordAuthenticationToken.authenticated(admin, null, admin.getAuthorities()));
    }

    void dateLast(String type, Long id, String action, String day) {
        Long entry = this.jdbc.queryForObject(
                "select max(id) from audit_entry where entity_type = ? and entity_id = ? and action = ?", Long.class,
                type, id, action);
        this.jdbc.update("update audit_entry set occurred_at = ? where id = ?",
                Timestamp.from(Instant.parse(day + "T10:00:00Z")), entry);
    }

    String html(String url) throws Exception {
        return this.mvc.perform(get(url)).andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
    }

    static String cell(AsOfDashboard dashboard, String slug, int clause) {
        return dashboard.matrix().stream().filter(r -> r.slug().equals(slug)).findFirst().orElseThrow().cells()
            .get(clause - 1);
    }

    void dateCreation(String type, Long id, String day) {
        Timestamp at = Timestamp.from(Instant.parse(day + "T10:00:00Z"));
        if ("filing".equals(type)) {
            this.jdbc.update("update patent_filing set created_at = ? where id = ?", at, id);
        }
        this.jdbc.update("update audit_entry set occurred_at = ? where entity_type = ? and entity_id = ? and action = 'CREATE'",
                at, type, id);
        if ("assessment".equals(type)) {
            this.jdbc.update("update compliance_assessment set updated_at = ? where id = ?", at, id);
        }
    }

    void dateLastUpdate(String type, Long id, String day) {
        Long entry = this.jdbc.queryForObject(
                "select max(id) from audit_entry where entity_type = ? and entity_id = ? and action = 'UPDATE'", Long.class,
                type, id);
        this.jdbc.update("update audit_entry set occurred_at = ? where id = ?",
                Timestamp.from(Instant.parse(day + "T10:00:00Z")), entry);
    }

    static FilingData data(String number, Long applicant, LegalStatus status, String publication) {
        return new FilingData(PatentOffice.CN, number, applicant, "As-of test " + number, null, LocalDate.of(2019, 3, 1),
                null, publication, LocalDate.of(2019, 9, 1), null, null, status, "DEEP_LEARNING", "G06N 3/08", false,
                null, null);
    }

}
