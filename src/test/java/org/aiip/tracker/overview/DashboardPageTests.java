package org.aiip.tracker.overview;

import java.time.LocalDate;

import jakarta.persistence.EntityManager;

import org.aiip.tracker.Fixtures;
import org.aiip.tracker.clause.Clause;
import org.aiip.tracker.compliance.ComplianceAssessment;
import org.aiip.tracker.compliance.ComplianceStatus;
import org.aiip.tracker.filing.LegalStatus;
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
class DashboardPageTests {

    @Autowired
    MockMvc mvc;

    @Autowired
    EntityManager em;

    String page() throws Exception {
        return this.mvc.perform(get("/"))
            .andExpect(status().isOk())
            .andReturn()
            .getResponse()
            .getContentAsString();
    }

    @Test
    void showsTheInitiativeAndItsPublisher() throws Exception {
        String html = page();
        assertThat(html).contains("<h1><span lang=\"en\">AI Intellectual Property Cooperation Initiative</span>")
            .contains("ICC China National Committee")
            .contains("2020-04-20")
            .contains("about 20 companies")
            .contains("id=\"active-members\">3<");
    }

    @Test
    void theInitiativeAndTheRankingReadInChineseAndKoreanWithTheTrackersTranslationsMarked() throws Exception {
        String chinese = this.mvc.perform(get("/").param("lang", "zh")).andReturn().getResponse().getContentAsString();
        assertThat(chinese).containsPattern("<h1><span lang=\"zh\">人工智能知识产权合作倡议</span>\\s*<span class=\"text-mark[^\"]*\">译文</span>")
            .contains("国际商会（ICC）中国国家委员会人工智能工作组", "约20家企业", "转述中国媒体快科技", "腾讯", "微软中国", "华为")
            .doesNotContain(">Tencent<");
        String korean = this.mvc.perform(get("/").param("lang", "ko")).andReturn().getResponse().getContentAsString();
        // the Korean source article's own words carry no mark; the tracker's translation of the source note does
        assertThat(korean).containsPattern("<h1><span lang=\"ko\">인공지능 지식재산권 협력 이니셔티브</span>\\s*</h1>")
            .containsPattern("<span lang=\"ko\">20여 개 기업</span>\\s*</dd>")
            .containsPattern("<span lang=\"ko\">ZDNet Korea, 2020년 4월 21일[^<]*</span>\\s*<span class=\"text-mark\">번역</span>")
            .contains("텐센트", "삼성");
    }

    @Test
    void showsTheReferenceRankingBesideTheTrackersOwnCount() throws Exception {
        new Fixtures(this.em).publishedFiling("baidu", "Body temperature screening", LocalDate.of(2020, 2, 1));
        String html = page();
        assertThat(html).contains("5,712", "4,115", "3,978", "3,407", "Tencent", "Microsoft", "Samsung")
            .contains("December 2019")
            .contains("not the report&#39;s scope")
            .containsPattern("href=\"/filings\\?member=baidu\">1</a>");
    }

    @Test
    void countsPublishedFilingsAndNeverShowsAnUnpublishedOne() throws Exception {
        Fixtures fixtures = new Fixtures(this.em);
        fixtures.publishedFiling("baidu", "Published speech model", LocalDate.of(2019, 5, 2));
        PatentFiling granted = fixtures.filing("haier", "Granted fridge vision", LocalDate.of(2018, 3, 1),
                LegalStatus.GRANTED);
        granted.setPublicationNumber("CN100000009A");
        granted.setPublicationDate(LocalDate.of(2019, 9, 1));
        granted.setOpenLicence(true);
        fixtures.save(granted);
        fixtures.unpublishedFiling("baidu", "Secret thermometer", LocalDate.of(2021, 1, 4));

        String html = page();
        assertThat(html).contains("id=\"filings-total\">2<")
            .contains("id=\"filings-granted\">1<")
            .contains("id=\"filings-pending\">1<")
            .contains("id=\"filings-open\">1<")
            .contains("Published speech model", "Granted fridge vision")
            .doesNotContain("Secret thermometer")
            .doesNotContain("<th scope=\"row\">2021</th>")
            .contains("href=\"/filings?member=baidu&amp;year=2019\"")
            .contains("Deep learning")
            .contains("China (CNIPA)");
    }

    @Test
    void theMatrixShowsEachMembersStatusAndLinksToTheEvidence() throws Exception {
        Fixtures fixtures = new Fixtures(this.em);
        Clause clause3 = this.em.createQuery("select c from Clause c where c.number = 3", Clause.class)
            .getSingleResult();
        ComplianceAssessment assessment = new ComplianceAssessment(fixtures.member("baidu"), clause3);
        assessment.setStatus(ComplianceStatus.IMPLEMENTED);
        this.em.persist(assessment);
        this.em.flush();

        String html = page();
        assertThat(html).contains("Open patent licensing")
            .contains("class=\"status-IMPLEMENTED\"")
            .contains("class=\"status-NONE\"")
            .contains("href=\"/members/baidu#clause-3\"");
    }

}
