package org.aiip.tracker.overview;

import java.time.LocalDate;

import jakarta.persistence.EntityManager;

import org.aiip.tracker.Fixtures;
import org.aiip.tracker.clause.Clause;
import org.aiip.tracker.compliance.ComplianceAssessment;
import org.aiip.tracker.compliance.ComplianceStatus;
import org.aiip.tracker.compliance.EvidenceKind;
import org.aiip.tracker.filing.ApplicationNumber;
import org.aiip.tracker.filing.LegalStatus;
import org.aiip.tracker.filing.PatentFiling;
import org.aiip.tracker.filing.PatentOffice;
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
class ClausePagesTests {

    @Autowired
    MockMvc mvc;

    @Autowired
    EntityManager em;

    String html(String url) throws Exception {
        return this.mvc.perform(get(url)).andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
    }

    Clause clause(int number) {
        return this.em.createQuery("select c from Clause c where c.number = :n", Clause.class)
            .setParameter("n", number)
            .getSingleResult();
    }

    @Test
    void theListShowsAllEightClausesWithCoverage() throws Exception {
        ComplianceAssessment assessment = new ComplianceAssessment(new Fixtures(this.em).member("haier"), clause(8));
        assessment.setStatus(ComplianceStatus.IMPLEMENTED);
        this.em.persist(assessment);
        this.em.flush();

        String page = html("/clauses");
        for (int n = 1; n <= 8; n++) {
            assertThat(page).contains("href=\"/clauses/" + n + "\"");
        }
        assertThat(page).contains("IP protection strategy", "International cooperation")
            .contains("Implemented by 1 of 3 active members")
            .contains("Implemented by 0 of 3 active members");
    }

    @Test
    void theListInChineseFallsBackToEnglishAndSaysSo() throws Exception {
        assertThat(html("/clauses?lang=zh")).contains("Open patent licensing").contains("显示 English 版本：尚无中文版本。");
    }

    @Test
    void aClauseInEnglishWithTheOtherLanguagesOneClickAway() throws Exception {
        String page = html("/clauses/3");
        assertThat(page).contains("Explore open patent-licensing policies")
            .contains("href=\"/clauses/3?lang=ko\"")
            .contains("<details>", "특허 개방 허가 정책 모색과 인공지능 특허 기술 혁신 및 응용 촉진")
            .contains("translation")
            .doesNotContain("id=\"fallback-note\"");
    }

    @Test
    void aClauseInKorean() throws Exception {
        assertThat(html("/clauses/3?lang=ko")).contains("특허 개방 허가 정책 모색과 인공지능 특허 기술 혁신 및 응용 촉진")
            .contains("href=\"/clauses/3?lang=en\"");
    }

    @Test
    void aClauseInChineseSaysItIsNotEnteredAndShowsEnglish() throws Exception {
        assertThat(html("/clauses/3?lang=zh")).contains("id=\"fallback-note\"")
            .contains("Explore open patent-licensing policies")
            .contains("尚未录入中文文本。")
            .contains("href=\"/clauses/3?lang=en\"", "href=\"/clauses/3?lang=ko\"");
    }

    @Test
    void clauseThreeCountsOpenLicenceOffersAndShowsEachMembersEvidence() throws Exception {
        Fixtures fixtures = new Fixtures(this.em);
        PatentFiling open = fixtures.filing("baidu", "Open model", LocalDate.of(2019, 1, 1), LegalStatus.PUBLISHED);
        open.setPublicationNumber("CN100000077A");
        open.setPublicationDate(LocalDate.of(2020, 7, 1));
        open.setOpenLicence(true);
        fixtures.save(open);
        PatentFiling secret = fixtures.filing("baidu", "Secret open model", LocalDate.of(2021, 1, 1),
                LegalStatus.FILED);
        secret.setOpenLicence(true);
        fixtures.save(secret);
        ComplianceAssessment assessment = new ComplianceAssessment(fixtures.member("jd"), clause(3));
        assessment.setStatus(ComplianceStatus.PLANNED);
        assessment.addEvidence(LocalDate.of(2020, 8, 1), EvidenceKind.EVENT, "Announced at a licensing forum", null);
        this.em.persist(assessment);
        this.em.flush();

        String page = html("/clauses/3");
        assertThat(page).contains("id=\"open-licence-offers\"")
            .containsPattern("href=\"/filings\\?open=true\">1</a>")
            .contains("Planned", "Announced at a licensing forum", "Not assessed yet.")
            .contains("Implemented by 0 of 3 active members");
    }

    @Test
    void clauseEightCountsFilingsOutsideChinaByOffice() throws Exception {
        Fixtures fixtures = new Fixtures(this.em);
        PatentFiling abroad = fixtures.filing("haier", "Fridge vision", LocalDate.of(2019, 7, 1),
                LegalStatus.PUBLISHED);
        abroad.setNumber(ApplicationNumber.parse(PatentOffice.EP, "19123456." + ApplicationNumber.epCheckDigit("19123456")));
        abroad.setPublicationNumber("EP3000000A1");
        abroad.setPublicationDate(LocalDate.of(2021, 1, 1));
        fixtures.save(abroad);
        fixtures.publishedFiling("baidu", "At home", LocalDate.of(2019, 7, 1));

        String page = html("/clauses/8");
        assertThat(page).contains("id=\"outside-china\"", "href=\"/filings?office=EP\"", "Europe (EPO)")
            .doesNotContain("href=\"/filings?office=CN\"");
    }

    @Test
    void otherClausesSayNoIndicatorIsDerived() throws Exception {
        assertThat(html("/clauses/6")).contains("No indicator for this clause is derived from the filing data.");
    }

    @Test
    void anUnknownOrNonNumericClauseIsNotFound() throws Exception {
        this.mvc.perform(get("/clauses/9")).andExpect(status().isNotFound());
        this.mvc.perform(get("/clauses/0")).andExpect(status().isNotFound());
        this.mvc.perform(get("/clauses/abc")).andExpect(status().isNotFound());
    }

}
