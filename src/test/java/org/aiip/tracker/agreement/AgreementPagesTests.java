package org.aiip.tracker.agreement;

import java.time.LocalDate;

import jakarta.persistence.EntityManager;

import org.aiip.tracker.Fixtures;
import org.aiip.tracker.clause.Clause;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.transaction.annotation.Transactional;

import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

@SpringBootTest
@AutoConfigureMockMvc
@ActiveProfiles("test")
class AgreementPagesTests {

    private static final String BAIDU_HAIER = "Baidu–Haier AI and IoT patent cooperation agreement";

    @Autowired
    private MockMvc mvc;

    @Autowired
    private EntityManager em;

    @Autowired
    private AgreementService agreements;

    @Test
    void listShowsTheRealBaiduHaierAgreementWithPartiesMonthAndFields() throws Exception {
        this.mvc.perform(get("/agreements"))
            .andExpect(status().isOk())
            .andExpect(content().string(allOf(containsString("<h1>Cooperation agreements</h1>"),
                    containsString(BAIDU_HAIER), containsString("<a href=\"/members/baidu\">Baidu</a>"),
                    containsString("<a href=\"/members/haier\">Haier</a>"), containsString("June 2019"),
                    containsString("Patent cooperation"), containsString("AI, IoT"))))
            // the real agreement is not sample data
            .andExpect(content().string(not(containsString("badge text-bg-warning"))));
    }

    @Test
    void listNamesThePartiesInThePageLanguage() throws Exception {
        this.mvc.perform(get("/agreements").param("lang", "zh"))
            .andExpect(status().isOk())
            .andExpect(content().string(allOf(containsString("<a href=\"/members/baidu\">百度</a>"),
                    containsString("<a href=\"/members/haier\">海尔</a>"))));
    }

    @Test
    void detailShowsEveryFieldOfTheRealAgreement() throws Exception {
        Long id = this.agreements.all()
            .stream()
            .filter(a -> a.getTitle().equals(BAIDU_HAIER))
            .findFirst()
            .orElseThrow()
            .getId();
        this.mvc.perform(get("/agreements/{id}", id))
            .andExpect(status().isOk())
            .andExpect(content().string(allOf(containsString(BAIDU_HAIER), containsString("June 2019"),
                    containsString("/members/baidu"), containsString("/members/haier"), containsString("AI, IoT"),
                    containsString("the first AI + IoT patent cooperation between Chinese companies"),
                    containsString("ZDNet Korea, 21 April 2020 (the source article)"),
                    containsString("No clause of the initiative is linked to this agreement."))));
    }

    @Test
    @Transactional
    void detailLinksRelatedClausesWithShortTitlesInThePageLanguage() throws Exception {
        Fixtures fixtures = new Fixtures(this.em);
        CooperationAgreement agreement = new CooperationAgreement("JD.com–Haier logistics pool",
                LocalDate.of(2020, 9, 15), DatePrecision.DAY, AgreementKind.PATENT_POOL);
        agreement.getParties().add(fixtures.member("jd"));
        agreement.getParties().add(fixtures.member("haier"));
        agreement.getRelatedClauses().add(clause(3));
        agreement.markSample();
        this.em.persist(agreement);
        this.em.flush();

        this.mvc.perform(get("/agreements/{id}", agreement.getId()))
            .andExpect(status().isOk())
            .andExpect(content().string(allOf(containsString("href=\"/clauses/3\""),
                    containsString("Open patent licensing"), containsString("September 15, 2020"),
                    containsString("Patent pool"), containsString(">sample</span>"))));
        this.mvc.perform(get("/agreements/{id}", agreement.getId()).param("lang", "ko"))
            .andExpect(content().string(allOf(containsString("특허 개방 허가"), containsString("징둥닷컴"))));
        // No Chinese clause text yet: the English title is shown and marked as such.
        this.mvc.perform(get("/agreements/{id}", agreement.getId()).param("lang", "zh"))
            .andExpect(content().string(allOf(containsString("lang=\"en\">Open patent licensing"),
                    containsString("显示 English 版本"))));
    }

    @Test
    void unknownAgreementIsNotFound() throws Exception {
        this.mvc.perform(get("/agreements/999999")).andExpect(status().isNotFound());
    }

    @Test
    void nonNumericAgreementIdIsNotFound() throws Exception {
        this.mvc.perform(get("/agreements/abc")).andExpect(status().isNotFound());
    }

    private Clause clause(int number) {
        return this.em.createQuery("select c from Clause c where c.number = :n", Clause.class)
            .setParameter("n", number)
            .getSingleResult();
    }

}
