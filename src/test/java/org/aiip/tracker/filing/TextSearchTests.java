package org.aiip.tracker.filing;

import java.time.LocalDate;

import jakarta.persistence.EntityManager;

import org.aiip.tracker.Fixtures;
import org.aiip.tracker.account.AccountService;
import org.aiip.tracker.account.TestAccounts;
import org.aiip.tracker.member.MemberService;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;
import org.springframework.transaction.annotation.Transactional;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrlPattern;

/**
 * The list's text filter is a search engine query: every word must be in the title or the abstract,
 * in any case and any form of the word (English is stemmed), Chinese and Japanese by character pairs,
 * Korean by its morphemes (Nori); it follows every change of a filing made through the forms.
 */
@SpringBootTest
@AutoConfigureMockMvc
@ActiveProfiles("test")
@Transactional
class TextSearchTests {

    @Autowired
    MockMvc mvc;

    @Autowired
    EntityManager em;

    @Autowired
    AccountService accountService;

    @Autowired
    MemberService members;

    @Test
    void textFilterFindsWordsInTitlesAndAbstractsIgnoringCaseAndWordForm() throws Exception {
        Fixtures fixtures = new Fixtures(this.em);
        fixtures.publishedFiling("baidu", "Quokka speech recognition", LocalDate.of(2019, 3, 1));
        PatentFiling byAbstract = fixtures.filing("jd", "Warehouse robot", LocalDate.of(2019, 4, 1),
                LegalStatus.PUBLISHED);
        byAbstract.setPublicationNumber("CN111222333A");
        byAbstract.setPublicationDate(LocalDate.of(2020, 10, 1));
        byAbstract.setAbstractText("A robot that recognises QUOKKAS among parcels.");
        fixtures.save(byAbstract);
        fixtures.publishedFiling("haier", "Fridge with a camera", LocalDate.of(2019, 5, 1));

        assertThat(search("quokka")).contains("Quokka speech recognition").contains("Warehouse robot")
            .doesNotContain("Fridge with a camera");
        assertThat(search("Cameras")).contains("Fridge with a camera").doesNotContain("Quokka");
        assertThat(search("quokka speech")).as("every word must match").contains("Quokka speech recognition")
            .doesNotContain("Warehouse robot");
        assertThat(search("speech camera")).doesNotContain("Quokka speech recognition", "Fridge with a camera");
        assertThat(search("quo%ka")).doesNotContain("Quokka speech recognition");
    }

    @Test
    void chineseJapaneseAndKoreanTextIsFoundByItsWords() throws Exception {
        Fixtures fixtures = new Fixtures(this.em);
        fixtures.publishedFiling("baidu", "基于深度学习的语音识别方法", LocalDate.of(2019, 3, 2));
        fixtures.publishedFiling("baidu", "音声認識装置", LocalDate.of(2019, 3, 3));
        fixtures.publishedFiling("haier", "음성 인식을 이용한 냉장고 제어 방법", LocalDate.of(2019, 3, 4));
        fixtures.publishedFiling("haier", "Fridge with a camera", LocalDate.of(2019, 5, 1));

        assertThat(search("深度学习")).contains("基于深度学习的语音识别方法").doesNotContain("Fridge", "냉장고");
        assertThat(search("语音识别")).contains("基于深度学习的语音识别方法").doesNotContain("音声認識装置");
        assertThat(search("音声認識")).contains("音声認識装置").doesNotContain("基于深度学习");
        assertThat(search("냉장고")).contains("음성 인식을 이용한 냉장고 제어 방법").doesNotContain("Fridge");
        assertThat(search("인식")).as("a noun inside a word with its particle").contains("냉장고 제어 방법");
        assertThat(search("camera")).contains("Fridge with a camera").doesNotContain("냉장고", "深度学习");
    }

    @Test
    void searchFollowsFilingsCreatedChangedAndWithdrawnThroughTheForms() throws Exception {
        RequestPostProcessor admin = new TestAccounts(this.accountService, this.members).admin();
        String created = this.mvc.perform(post("/filings/new").with(csrf()).with(admin)
                .param("office", "CN")
                .param("applicationNumber", Fixtures.cnNumber(2019).display())
                .param("applicantId", String.valueOf(this.members.bySlug("baidu").orElseThrow().getId()))
                .param("title", "Numbat detection with multi-sensor fusion")
                .param("abstractText", "Finds a numbat in thermal images.")
                .param("filingDate", "2019-03-04")
                .param("legalStatus", "FILED")
                .param("technologyArea", "COMPUTER_VISION"))
            .andExpect(redirectedUrlPattern("/filings/*"))
            .andReturn().getResponse().getRedirectedUrl();
        PatentFiling filing = this.em.find(PatentFiling.class, Long.valueOf(created.substring("/filings/".length())));
        assertThat(search("numbat", admin)).contains("Numbat detection");
        assertThat(search("thermal image", admin)).contains("Numbat detection");
        assertThat(search("numbat")).as("unpublished: not for the public").doesNotContain("Numbat detection");

        this.mvc.perform(post("/filings/{id}/edit", filing.getId()).with(csrf()).with(admin)
                .param("office", "CN")
                .param("applicationNumber", filing.getNumber().display())
                .param("applicantId", String.valueOf(filing.getApplicant().getId()))
                .param("title", "Bilby detection with multi-sensor fusion")
                .param("filingDate", "2019-03-04")
                .param("legalStatus", "FILED")
                .param("technologyArea", "COMPUTER_VISION")
                .param("version", String.valueOf(filing.getVersion())))
            .andExpect(redirectedUrlPattern("/filings/*"));
        assertThat(search("numbat", admin)).as("the old title and the removed abstract").doesNotContain("detection");
        assertThat(search("thermal", admin)).doesNotContain("detection");
        assertThat(search("bilby detection", admin)).contains("Bilby detection");

        this.mvc.perform(post("/filings/{id}/withdraw", filing.getId()).with(csrf()).with(admin)
                .param("version", String.valueOf(filing.getVersion()))
                .param("reason", "Abandoned"))
            .andExpect(redirectedUrlPattern("/filings/*"));
        assertThat(search("bilby", admin)).contains("Bilby detection", "Withdrawn");
        assertThat(this.mvc.perform(get("/filings").param("q", "bilby").param("status", "WITHDRAWN").with(admin))
            .andReturn().getResponse().getContentAsString()).contains("Bilby detection");
    }

    private String search(String text, RequestPostProcessor... user) throws Exception {
        var request = get("/filings").param("q", text);
        for (RequestPostProcessor u : user) {
            request.with(u);
        }
        return this.mvc.perform(request).andReturn().getResponse().getContentAsString();
    }

}
