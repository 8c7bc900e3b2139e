package org.aiip.tracker.licensing.internal;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;

import jakarta.persistence.EntityManager;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.request.MockMultipartHttpServletRequestBuilder;
import org.springframework.test.web.servlet.request.RequestPostProcessor;
import org.springframework.transaction.annotation.Transactional;

import org.aiip.tracker.Fixtures;
import org.aiip.tracker.account.AccountService;
import org.aiip.tracker.account.TestAccounts;
import org.aiip.tracker.audit.AuditService;
import org.aiip.tracker.filing.FilingReferences;
import org.aiip.tracker.filing.PatentFiling;
import org.aiip.tracker.member.MemberService;
import org.aiip.tracker.licensing.LicenceOffer;
import org.aiip.tracker.licensing.LicenceOfferService;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrlPattern;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The licence offers of clause 3 through their pages: who may record and change which offers, the
 * rules on the patents an offer names, the kept licence texts and their hashes, the CSV, and where
 * the offers show up as evidence (clause 3, the member, the dashboard, the filing, the API).
 */
@SpringBootTest
@AutoConfigureMockMvc
@ActiveProfiles("test")
@Transactional
class LicenceOfferTests {

    static final String LICENCE_TEXT = "Baidu grants a royalty-free licence under the listed patents to anyone.\n"
            + "第一条 许可范围";

    @Autowired
    MockMvc mvc;

    @Autowired
    EntityManager em;

    @Autowired
    AccountService accountService;

    @Autowired
    MemberService memberService;

    @Autowired
    AuditService audit;

    TestAccounts accounts;

    Fixtures fixtures;

    PatentFiling baiduFiling;

    @BeforeEach
    void setUp() {
        this.accounts = new TestAccounts(this.accountService, this.memberService);
        this.fixtures = new Fixtures(this.em);
        this.baiduFiling = this.fixtures.publishedFiling("baidu", "Speech recognition offered for licence",
                LocalDate.of(2019, 3, 1));
    }

    long memberId(String slug) {
        return this.fixtures.member(slug).getId();
    }

    String page(String url, RequestPostProcessor... who) throws Exception {
        var request = get(url);
        for (RequestPostProcessor p : who) {
            request.with(p);
        }
        return this.mvc.perform(request).andExpect(status().isOk()).andReturn().getResponse()
            .getContentAsString(StandardCharsets.UTF_8);
    }

    /** A complete offer form for the member, with some fields changed (name, value pairs). */
    MockMultipartHttpServletRequestBuilder offer(String url, String member, String... changes) {
        Map<String, String> fields = new LinkedHashMap<>();
        fields.put("memberId", String.valueOf(memberId(member)));
        fields.put("title", "Open speech patents");
        fields.put("terms", "ROYALTY_FREE");
        fields.put("fieldOfUse", "Speech recognition");
        fields.put("licensees", "Anyone");
        fields.put("offeredFrom", "2020-04-20");
        fields.put("patents", FilingReferences.reference(this.baiduFiling));
        fields.put("licenceUrl", "https://example.org/licence");
        fields.put("snapshotText", LICENCE_TEXT);
        // A browser sends an empty field as "", which must count as no address.
        fields.put("sourceUrl", "");
        fields.put("version", "0");
        for (int i = 0; i < changes.length; i += 2) {
            fields.put(changes[i], changes[i + 1]);
        }
        MockMultipartHttpServletRequestBuilder request = multipart(url);
        fields.forEach(request::param);
        request.with(csrf());
        return request;
    }

    long create(RequestPostProcessor who, String member, String... changes) throws Exception {
        MvcResult result = this.mvc.perform(offer("/licences/new", member, changes).with(who))
            .andExpect(redirectedUrlPattern("/licences/*"))
            .andReturn();
        String location = result.getResponse().getRedirectedUrl();
        return Long.parseLong(location.substring(location.lastIndexOf('/') + 1));
    }

    LicenceOffer stored(long id) {
        this.em.flush();
        this.em.clear();
        return this.em.find(LicenceOffer.class, id);
    }

    long offerCount() {
        this.em.flush();
        return this.em.createQuery("select count(o) from LicenceOffer o", Long.class).getSingleResult();
    }

    /** The one offer the record ships with, from its public source (migration V83). */
    static final String OIN = "Open Invention Network community licence (Linux System)";

    @Test
    void theRegisterShipsOnlyTheSourcedOfferOfBaiduToTheOpenInventionNetwork() throws Exception {
        assertThat(offerCount()).isEqualTo(1);
        assertThat(page("/licences")).contains(OIN).contains("all patents in the field of use")
            .doesNotContain("No licence offers are recorded yet");
        String csv = this.mvc.perform(get("/licences.csv")).andExpect(status().isOk()).andReturn().getResponse()
            .getContentAsString(StandardCharsets.UTF_8);
        assertThat(csv).startsWith("\uFEFFid,member,member_slug,title,terms");
        assertThat(csv.lines().toList()).hasSize(2);
        assertThat(csv.lines().toList().get(1)).contains(",Baidu,baidu," + OIN + ",ROYALTY_FREE,")
            .contains(",2020-06-30,,").endsWith(",true,https://openinventionnetwork.com/baidu-joins-the-open-invention-network-community/");
        long id = this.em.createQuery("select o.id from LicenceOffer o", Long.class).getSingleResult();
        assertThat(page("/licences/" + id)).contains("All of the patents of Baidu within the field of use")
            .contains("No copy of the licence text is kept yet");
        assertThat(page("/clauses/3")).contains("Records behind this clause").contains(OIN);
    }

    @Test
    void anOfferOfTheWholePortfolioInAFieldNeedsNoListOfPatents() throws Exception {
        long id = create(this.accounts.editor("jd"), "jd", "patents", "", "wholePortfolio", "true",
                "sourceUrl", "https://example.org/jd-pledge");
        LicenceOffer offer = stored(id);
        assertThat(offer.isWholePortfolio()).isTrue();
        assertThat(offer.getFilings()).isEmpty();
        assertThat(offer.getSourceUrl()).isEqualTo("https://example.org/jd-pledge");
        assertThat(page("/licences/" + id)).contains("All of the patents of JD.com within the field of use");
    }

    @Test
    void anEditorRecordsAnOfferOfTheirCompanyWithTheLicenceTextAndItShowsEverywhere() throws Exception {
        long id = create(this.accounts.editor("baidu"), "baidu");

        String detail = page("/licences/" + id);
        String hash = SnapshotInput.sha256(LICENCE_TEXT.getBytes(StandardCharsets.UTF_8));
        assertThat(detail).contains("Open speech patents").contains("Royalty-free").contains(hash)
            .contains(FilingReferences.reference(this.baiduFiling));

        LicenceOffer offer = stored(id);
        assertThat(offer.getMember().getSlug()).isEqualTo("baidu");
        assertThat(offer.getFilings()).extracting(PatentFiling::getId).containsExactly(this.baiduFiling.getId());
        assertThat(this.audit.history(LicenceOfferService.AUDIT_TYPE, id)).singleElement()
            .satisfies(e -> assertThat(e.getChanges()).anySatisfy(c -> {
                assertThat(c.field()).isEqualTo("snapshot");
                assertThat(c.newValue()).startsWith(hash);
            }));

        String csv = this.mvc.perform(get("/licences.csv")).andReturn().getResponse()
            .getContentAsString(StandardCharsets.UTF_8);
        assertThat(csv.lines().toList()).hasSize(3);
        assertThat(csv.lines().filter(line -> line.startsWith(id + ",")).findFirst().orElseThrow())
            .startsWith(id + ",Baidu,baidu,Open speech patents,ROYALTY_FREE,"
                + "Speech recognition,Anyone,2020-04-20,,true,https://example.org/licence,"
                + FilingReferences.reference(this.baiduFiling) + ",," + hash + ",");

        assertThat(page("/clauses/3")).contains("/licences/" + id).doesNotContain("No records of this kind yet");
        assertThat(page("/members/baidu")).contains("clause-3-records").contains("/licences/" + id);
        assertThat(page("/")).contains("2 on record");
        assertThat(page("/filings/" + this.baiduFiling.getId())).contains("On record in the registers")
            .contains("/licences/" + id);
        assertThat(page("/api/v1/licences")).contains("\"sha256\":\"" + hash + "\"").contains("\"terms\":\"ROYALTY_FREE\"");
    }

    @Test
    void theKeptTextReadsAsItWasKeptAndTheFileDownloadsWithItsHash() throws Exception {
        long id = create(this.accounts.admin(), "baidu", "snapshotText", "");
        assertThat(page("/licences/" + id)).contains("No copy of the licence text is kept yet");

        byte[] html = "<html><script>alert(1)</script>Licence v1</html>".getBytes(StandardCharsets.UTF_8);
        MvcResult kept = this.mvc.perform(multipart("/licences/" + id + "/snapshots")
                .file(new MockMultipartFile("snapshotFile", "licence.html", "text/html", html))
                .param("sourceUrl", "https://example.org/licence")
                .with(csrf())
                .with(this.accounts.editor("baidu")))
            .andExpect(redirectedUrlPattern("/licences/" + id + "/snapshots/*"))
            .andReturn();
        String snapshotPage = kept.getResponse().getRedirectedUrl();
        assertThat(page(snapshotPage)).contains(SnapshotInput.sha256(html)).contains("Download the kept file");

        MvcResult file = this.mvc.perform(get(snapshotPage + "/file"))
            .andExpect(status().isOk())
            .andExpect(header().string("Content-Type", "application/octet-stream"))
            .andExpect(header().string("X-Checksum-SHA256", SnapshotInput.sha256(html)))
            .andReturn();
        assertThat(file.getResponse().getHeader("Content-Disposition")).startsWith("attachment");
        assertThat(file.getResponse().getContentAsByteArray()).isEqualTo(html);
    }

    @Test
    void pastedTextGetsTheSameHashWhateverLineEndsTheBrowserSent() throws Exception {
        long id = create(this.accounts.admin(), "baidu", "snapshotText", LICENCE_TEXT.replace("\n", "\r\n"));
        assertThat(page("/licences/" + id)).contains(SnapshotInput.sha256(LICENCE_TEXT.getBytes(StandardCharsets.UTF_8)));
    }

    @Test
    void editorsRecordOnlyForTheirOwnCompanyAndCannotReachAnotherCompanysOffer() throws Exception {
        RequestPostProcessor baiduEditor = this.accounts.editor("baidu");
        String refused = this.mvc.perform(offer("/licences/new", "jd").with(baiduEditor))
            .andExpect(status().isOk())
            .andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
        assertThat(refused).contains("Choose your own company from the list").contains("Open speech patents");
        assertThat(offerCount()).isEqualTo(1);

        PatentFiling jdFiling = this.fixtures.publishedFiling("jd", "Logistics robots", LocalDate.of(2019, 5, 1));
        long jdOffer = create(this.accounts.admin(), "jd", "patents", FilingReferences.reference(jdFiling));
        this.mvc.perform(get("/licences/" + jdOffer + "/edit").with(baiduEditor)).andExpect(status().isNotFound());
        this.mvc.perform(offer("/licences/" + jdOffer + "/edit", "jd", "title", "Taken over",
                "patents", FilingReferences.reference(jdFiling)).with(baiduEditor))
            .andExpect(status().isNotFound());
        this.mvc.perform(multipart("/licences/" + jdOffer + "/snapshots").param("snapshotText", "x").with(csrf())
                .with(baiduEditor))
            .andExpect(status().isNotFound());
        assertThat(stored(jdOffer).getTitle()).isEqualTo("Open speech patents");
        assertThat(page("/licences/" + jdOffer, baiduEditor)).doesNotContain("/licences/" + jdOffer + "/edit");

        RequestPostProcessor jdEditor = this.accounts.editor("jd");
        this.mvc.perform(offer("/licences/" + jdOffer + "/edit", "jd", "title", "Logistics offer",
                "patents", FilingReferences.reference(jdFiling), "snapshotText", "", "version",
                String.valueOf(stored(jdOffer).getVersion())).with(jdEditor))
            .andExpect(redirectedUrl("/licences/" + jdOffer));
        assertThat(stored(jdOffer).getTitle()).isEqualTo("Logistics offer");
    }

    @Test
    void anOfferNamesOnlyPublishedFilingsOfItsMemberAndSaysWhichNumberIsWrong() throws Exception {
        PatentFiling secret = this.fixtures.unpublishedFiling("baidu", "Not yet published", LocalDate.of(2024, 1, 1));
        PatentFiling jdFiling = this.fixtures.publishedFiling("jd", "Logistics robots", LocalDate.of(2019, 5, 1));
        String patents = FilingReferences.reference(this.baiduFiling) + "\nCN 201912345678.X\n"
                + FilingReferences.reference(secret) + "\n" + FilingReferences.reference(jdFiling);
        String html = this.mvc.perform(offer("/licences/new", "baidu", "patents", patents)
                .with(this.accounts.editor("baidu")))
            .andExpect(status().isOk())
            .andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
        assertThat(html).contains("CN 201912345678.X is not a filing the tracker has")
            .contains(FilingReferences.reference(secret) + " is not published yet")
            .contains(FilingReferences.reference(jdFiling) + " is not a filing of this member")
            .contains("id=\"patents-error\"");
        assertThat(offerCount()).isEqualTo(1);

        String notWeb = this.mvc.perform(offer("/licences/new", "baidu", "sourceUrl", "ftp://example.org/licence")
                .with(this.accounts.admin()))
            .andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
        assertThat(notWeb).contains("id=\"sourceUrl-error\"").contains("ftp://example.org/licence");

        String noPatent = this.mvc.perform(offer("/licences/new", "baidu", "patents", "", "offeredUntil", "2019-01-01")
                .with(this.accounts.admin()))
            .andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
        assertThat(noPatent).contains("Name at least one patent or family").contains("The end cannot be before the start");
        assertThat(offerCount()).isEqualTo(1);
    }

    @Test
    void aStaleFormOverwritesNothing() throws Exception {
        RequestPostProcessor admin = this.accounts.admin();
        long id = create(admin, "baidu");
        this.mvc.perform(offer("/licences/" + id + "/edit", "baidu", "title", "First change", "snapshotText", "",
                "version", "0").with(admin)).andExpect(redirectedUrl("/licences/" + id));
        String html = this.mvc.perform(offer("/licences/" + id + "/edit", "baidu", "title", "Second change",
                "snapshotText", "", "version", "0").with(admin))
            .andExpect(status().isOk())
            .andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
        assertThat(html).contains("Someone else saved this record after you opened it").contains("Second change");
        assertThat(stored(id).getTitle()).isEqualTo("First change");
    }

    @Test
    void anAddressThatIsNotAWebAddressIsShownAsTextNotAsALink() throws Exception {
        // The form refuses such addresses; a record restored from a snapshot or written by hand may still hold one.
        this.em.createNativeQuery("""
                insert into licence_offer (member_id, title, terms, licensees, offered_from, licence_url, source_url,
                    version, created_at, updated_at)
                values (?1, 'Offer with odd addresses', 'ROYALTY_FREE', 'Anyone', date '2021-01-01', 'javascript:alert(1)',
                    'ftp://example.org/terms', 0, current_timestamp, current_timestamp)""")
            .setParameter(1, memberId("baidu"))
            .executeUpdate();
        long id = ((Number) this.em.createNativeQuery("select max(id) from licence_offer").getSingleResult()).longValue();
        assertThat(page("/licences/" + id)).contains("javascript:alert(1)", "ftp://example.org/terms")
            .doesNotContain("href=\"javascript:", "href=\"ftp:");
    }

    @Test
    void theFormsAreForSignedInPeopleOnly() throws Exception {
        this.mvc.perform(get("/licences/new")).andExpect(redirectedUrl("/login"));
        this.mvc.perform(offer("/licences/new", "baidu")).andExpect(redirectedUrl("/login"));
        long id = create(this.accounts.admin(), "baidu");
        this.mvc.perform(get("/licences/" + id + "/edit")).andExpect(redirectedUrl("/login"));
        this.mvc.perform(get("/licences/" + id + "/history")).andExpect(redirectedUrl("/login"));
        this.mvc.perform(multipart("/licences/" + id + "/snapshots").param("snapshotText", "x").with(csrf()))
            .andExpect(redirectedUrl("/login"));
        assertThat(page("/licences/" + id + "/history", this.accounts.editor("jd"))).contains("Open speech patents");
        this.mvc.perform(get("/licences/abc")).andExpect(status().isNotFound());
        this.mvc.perform(get("/licences/999999")).andExpect(status().isNotFound());
    }

}
