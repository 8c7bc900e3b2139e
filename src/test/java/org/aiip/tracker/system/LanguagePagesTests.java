package org.aiip.tracker.system;

import java.time.LocalDate;

import jakarta.persistence.EntityManager;
import jakarta.servlet.http.Cookie;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.http.HttpHeaders;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.transaction.annotation.Transactional;

import org.aiip.tracker.Fixtures;
import org.aiip.tracker.account.AccountService;
import org.aiip.tracker.account.TestAccounts;
import org.aiip.tracker.filing.PatentFiling;
import org.aiip.tracker.member.MemberService;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/** The site in Korean and Chinese: how the language is chosen and kept, and what a reader then sees. */
@SpringBootTest
@AutoConfigureMockMvc
@ActiveProfiles("test")
@Transactional
class LanguagePagesTests {

    @Autowired
    MockMvc mvc;

    @Autowired
    EntityManager em;

    @Autowired
    AccountService accountService;

    @Autowired
    MemberService members;

    String html(MockHttpServletRequestBuilder request) throws Exception {
        return this.mvc.perform(request).andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
    }

    @Test
    void aClauseInKoreanHasKoreanNavigationAndTheKoreanClauseText() throws Exception {
        String page = html(get("/clauses/3").param("lang", "ko"));
        assertThat(page).contains("lang=\"ko\"")
            .contains(">대시보드</a>", ">회원사</a>", ">조항</a>", ">출원</a>", ">협약</a>")
            .contains("제3조: 특허 개방 허가")
            .contains("특허 개방 허가 정책 모색과 인공지능 특허 기술 혁신 및 응용 촉진")
            .doesNotContain(">Dashboard</a>", "id=\"fallback-note\"");
    }

    @Test
    void theDashboardInChineseHasChineseNavigationAndHeadings() throws Exception {
        String page = html(get("/").param("lang", "zh"));
        assertThat(page).contains("<html lang=\"zh\"")
            .contains(">概览</a>", ">成员企业</a>", ">条款</a>", ">专利申请</a>", ">合作协议</a>")
            .contains("主要数据", "按法律状态")
            .doesNotContain(">Dashboard</a>", "Key figures");
    }

    @Test
    void theSwitcherNamesEachLanguageInItselfWhateverThePageLanguage() throws Exception {
        for (String lang : new String[] { "en", "ko", "zh" }) {
            assertThat(html(get("/members").param("lang", lang))).contains(">English</a>", ">한국어</a>", ">中文</a>");
        }
    }

    @Test
    void withoutAChoiceTheBrowsersAcceptLanguageDecides() throws Exception {
        assertThat(html(get("/members").header(HttpHeaders.ACCEPT_LANGUAGE, "ko-KR,ko;q=0.9,en;q=0.8")))
            .contains("lang=\"ko\"", "<h1>회원사</h1>");
        assertThat(html(get("/members").header(HttpHeaders.ACCEPT_LANGUAGE, "zh-CN,zh;q=0.9")))
            .contains("lang=\"zh\"", "<h1>成员企业</h1>");
        assertThat(html(get("/members").header(HttpHeaders.ACCEPT_LANGUAGE, "fr-FR")))
            .contains("lang=\"en\"", "<h1>Members</h1>");
    }

    @Test
    void theChosenLanguageIsRememberedInACookieAndBeatsAcceptLanguage() throws Exception {
        MvcResult chosen = this.mvc.perform(get("/").param("lang", "zh")).andReturn();
        Cookie cookie = chosen.getResponse().getCookie("lang");
        assertThat(cookie).isNotNull();
        assertThat(cookie.getValue()).isEqualTo("zh");
        assertThat(cookie.getMaxAge()).isPositive();

        assertThat(html(get("/filings").cookie(cookie).header(HttpHeaders.ACCEPT_LANGUAGE, "ko-KR")))
            .contains("lang=\"zh\"", "<h1>专利申请</h1>");
    }

    @Test
    void anUnsupportedLanguageFallsBackToEnglish() throws Exception {
        assertThat(html(get("/members").param("lang", "fr"))).contains("lang=\"en\"", "<h1>Members</h1>");
    }

    @Test
    void agreementDatesKnownToTheMonthUseEachLanguagesPattern() throws Exception {
        // The Baidu–Haier agreement of the migration is dated to the month: June 2019.
        assertThat(html(get("/agreements").param("lang", "zh"))).contains("2019年6月");
        assertThat(html(get("/agreements").param("lang", "ko"))).contains("2019년 6월");
        assertThat(html(get("/agreements").param("lang", "en"))).contains("June 2019");
        assertThat(html(get("/members/baidu").param("lang", "zh"))).contains("2019年6月");
    }

    @Test
    void filingDatesAreWrittenTheWayEachLanguageWritesThem() throws Exception {
        PatentFiling filing = new Fixtures(this.em).publishedFiling("baidu", "Wake-word detection",
                LocalDate.of(2019, 3, 4));
        String path = "/filings/" + filing.getId();
        assertThat(html(get(path).param("lang", "en"))).contains(">2019-03-04<");
        assertThat(html(get(path).param("lang", "ko"))).contains(">2019. 3. 4.<", "출원일", "우선일", "공개번호");
        assertThat(html(get(path).param("lang", "zh"))).contains(">2019年3月4日<", "申请日", "优先权日", "公开号");
        assertThat(html(get("/filings").param("lang", "zh"))).contains(">2019年3月4日<");
    }

    @Test
    void dateFieldsOfFormsStayIsoInEveryLanguage() throws Exception {
        PatentFiling filing = new Fixtures(this.em).publishedFiling("baidu", "Wake-word detection",
                LocalDate.of(2019, 3, 4));
        TestAccounts accounts = new TestAccounts(this.accountService, this.members);
        String form = html(get("/filings/" + filing.getId() + "/edit").param("lang", "zh").with(accounts.admin()));
        assertThat(form).contains("申请日").contains("value=\"2019-03-04\"").doesNotContain("2019年3月4日");
    }

    @Test
    void aValidationMessageInKorean() throws Exception {
        TestAccounts accounts = new TestAccounts(this.accountService, this.members);
        String page = html(post("/filings/new").with(csrf())
            .with(accounts.admin())
            .cookie(new Cookie("lang", "ko"))
            .param("office", "CN")
            .param("applicationNumber", "201910123456.3")
            .param("applicantId", String.valueOf(this.members.bySlug("baidu").orElseThrow().getId()))
            .param("title", "음성 호출어 인식 방법")
            .param("filingDate", "2019-03-04")
            .param("legalStatus", "FILED")
            .param("technologyArea", "SPEECH_RECOGNITION"));
        assertThat(page).contains("문제가 있습니다")
            .contains("검증 문자가 올바르지 않습니다. 올바른 검증 문자: X (입력: 3)")
            .contains("value=\"201910123456.3\"")
            .doesNotContain("The check character should be");
    }

    @Test
    void aFlashMessageInChinese() throws Exception {
        PatentFiling filing = new Fixtures(this.em).publishedFiling("baidu", "Wake-word detection",
                LocalDate.of(2019, 3, 4));
        assertThat(html(get("/filings/" + filing.getId()).param("lang", "zh").flashAttr("flash", "filing.saved")))
            .contains("专利申请已保存。");
    }

    @Test
    void numbersAndCountsReadNaturally() throws Exception {
        new Fixtures(this.em).publishedFiling("baidu", "Wake-word detection", LocalDate.of(2019, 3, 4));
        assertThat(html(get("/filings").param("lang", "ko"))).contains("조건에 맞는 출원 1건");
        assertThat(html(get("/filings").param("lang", "zh"))).contains("1件专利申请符合条件");
    }

}
