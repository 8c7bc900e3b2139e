package org.aiip.tracker.overview;

import org.aiip.tracker.member.MemberCompany;

import java.time.LocalDate;

import jakarta.persistence.EntityManager;

import org.aiip.tracker.Fixtures;
import org.aiip.tracker.clause.Clause;
import org.aiip.tracker.compliance.ComplianceAssessment;
import org.aiip.tracker.compliance.ComplianceStatus;
import org.aiip.tracker.compliance.EvidenceKind;
import org.aiip.tracker.filing.PatentFiling;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.transaction.annotation.Transactional;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

@SpringBootTest
@AutoConfigureMockMvc
@ActiveProfiles("test")
@Transactional
class MemberPagesTests {

    @Autowired
    MockMvc mvc;

    @Autowired
    EntityManager em;

    String html(String url) throws Exception {
        return this.mvc.perform(get(url)).andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
    }

    @Test
    void theListShowsEveryNamedMemberWithRoleAndCounts() throws Exception {
        new Fixtures(this.em).publishedFiling("jd", "Warehouse robot vision", LocalDate.of(2019, 1, 2));
        String page = html("/members");
        assertThat(page).contains("Baidu", "JD.com", "Haier", "Lead company", "Internet / AI", "2020-04-20")
            .contains("href=\"/filings?member=jd\">1</a>")
            .contains("0 of 8");
    }

    @Test
    void theListShowsTheEnglishNameBesideTheNameInThePageLanguage() throws Exception {
        assertThat(html("/members?lang=ko")).contains("바이두").contains("(Baidu)");
    }

    @Test
    void sectorAndDescriptionComeInThePageLanguageMarkedAsTranslationsOrAsEnglishOnly() throws Exception {
        String korean = html("/members/haier?lang=ko");
        assertThat(korean).contains("가전 / 사물인터넷", "2019년 6월 바이두와 특허 협력을 체결했다")
            .containsPattern("id=\"member-description\"><span lang=\"ko\">[^<]+</span>\\s*<span class=\"text-mark\">번역</span>");
        assertThat(html("/members/haier?lang=zh")).contains("家电 / 物联网", "2019年6月与百度签署专利合作协议");

        // an admin's new English text drops the translations, which said something else: the page says so
        MemberCompany haier = this.em.createQuery("from MemberCompany where slug = 'haier'", MemberCompany.class)
            .getSingleResult();
        haier.setDescription("Maker of home appliances.");
        this.em.flush();
        assertThat(html("/members/haier?lang=zh")).doesNotContain("2019年6月与百度")
            .containsPattern("<span lang=\"en\">Maker of home appliances.</span>\\s*<span class=\"text-mark\">仅有英文</span>");
        assertThat(html("/members/haier?lang=en")).doesNotContain("text-mark");
    }

    @Test
    void evidenceLinksAreLinksOnlyForWebAddressesOnTheProfileAndTheClausePage() throws Exception {
        Fixtures fixtures = new Fixtures(this.em);
        Clause clause3 = this.em.createQuery("select c from Clause c where c.number = 3", Clause.class)
            .getSingleResult();
        ComplianceAssessment assessment = new ComplianceAssessment(fixtures.member("baidu"), clause3);
        assessment.setStatus(ComplianceStatus.PLANNED);
        // written past the form, which accepts web addresses only (as an import or an old row might have them)
        assessment.addEvidence(LocalDate.of(2020, 5, 20), EvidenceKind.POLICY, "Scheme in capitals",
                "HTTPS://example.org/policy");
        assessment.addEvidence(LocalDate.of(2020, 5, 21), EvidenceKind.POLICY, "Script address", "javascript:alert(1)");
        assessment.addEvidence(LocalDate.of(2020, 5, 22), EvidenceKind.POLICY, "File server", "ftp://example.org/f");
        this.em.persist(assessment);
        this.em.flush();

        for (String url : new String[] { "/members/baidu", "/clauses/3" }) {
            assertThat(html(url)).as(url)
                .contains("Scheme in capitals", "Script address", "File server")
                .contains("href=\"HTTPS://example.org/policy\"")
                .doesNotContain("href=\"javascript:", "href=\"ftp:");
        }
    }

    @Test
    void aProfileShowsNamesRoleAgreementFilingsAndEvidence() throws Exception {
        Fixtures fixtures = new Fixtures(this.em);
        PatentFiling filing = fixtures.publishedFiling("baidu", "Body temperature screening",
                LocalDate.of(2020, 2, 1));
        fixtures.unpublishedFiling("baidu", "Secret thermometer", LocalDate.of(2021, 1, 4));
        Clause clause3 = this.em.createQuery("select c from Clause c where c.number = 3", Clause.class)
            .getSingleResult();
        ComplianceAssessment assessment = new ComplianceAssessment(fixtures.member("baidu"), clause3);
        assessment.setStatus(ComplianceStatus.IN_PROGRESS);
        assessment.setSummary("Licensing programme announced.");
        assessment.markReviewed("Tracker editors", LocalDate.of(2020, 6, 1));
        assessment.addEvidence(LocalDate.of(2020, 5, 20), EvidenceKind.POLICY, "Open licence policy published",
                "https://example.org/policy");
        this.em.persist(assessment);
        this.em.flush();

        String page = html("/members/baidu");
        assertThat(page).contains("<h1>Baidu</h1>", "百度", "바이두", "Lead company", "https://www.baidu.com")
            .contains("Baidu–Haier AI and IoT patent cooperation agreement", "href=\"/agreements/")
            .contains("2019-06")
            .contains("Body temperature screening", "href=\"/filings/" + filing.getId() + "\"")
            .doesNotContain("Secret thermometer")
            .contains("id=\"clause-3\"", "In progress", "Licensing programme announced.")
            .contains("Open licence policy published", "2020-05-20", "Policy", "href=\"https://example.org/policy\"")
            .contains("Last reviewed 2020-06-01 by Tracker editors")
            .contains("id=\"clause-1\"", "Not assessed yet.")
            .contains("href=\"/filings?member=baidu\"");
    }

    @Test
    void anUnknownMemberIsNotFound() throws Exception {
        this.mvc.perform(get("/members/nobody")).andExpect(status().isNotFound());
    }

}
