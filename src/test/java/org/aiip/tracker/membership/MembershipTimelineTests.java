package org.aiip.tracker.membership;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.transaction.annotation.Transactional;

import org.aiip.tracker.account.AccountService;
import org.aiip.tracker.account.TestAccounts;
import org.aiip.tracker.member.MemberService;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

@SpringBootTest
@AutoConfigureMockMvc
@ActiveProfiles("test")
@Transactional
class MembershipTimelineTests {

    static final String ARTICLE = "https://zdnet.co.kr/view/?no=20200421094855";

    @Autowired
    MockMvc mvc;

    @Autowired
    AccountService accountService;

    @Autowired
    MemberService memberService;

    TestAccounts accounts;

    @BeforeEach
    void setUp() {
        this.accounts = new TestAccounts(this.accountService, this.memberService);
    }

    String html(String url) throws Exception {
        return this.mvc.perform(get(url)).andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
    }

    MockHttpServletRequestBuilder event(String slug, String kind, String date, String entity, String url) {
        return post("/members/" + slug + "/membership").with(csrf())
            .param("kind", kind)
            .param("date", date)
            .param("legalEntity", entity)
            .param("sourceTitle", "A source")
            .param("sourceUrl", url);
    }

    @Test
    void theNamedMembersJoinedAtPublicationWithTheArticleAsEvidence() throws Exception {
        String baidu = html("/members/baidu");
        assertThat(baidu).contains("id=\"membership\"", "Joined", ARTICLE.replace("&", "&amp;"),
                "A member of the initiative today", "Signing legal entity: not named by any source yet.");
    }

    @Test
    void theJoiningNoteIsShownInTheReadersLanguageMarkedAsATranslationAndAnEnteredNoteAsEnglishOnly()
            throws Exception {
        assertThat(html("/members/haier")).contains("the source gives no earlier date.");
        String ko = html("/members/haier?lang=ko");
        assertThat(ko).contains("출처는 그보다 이른 날짜를 밝히지 않습니다.").doesNotContain("the source gives no earlier date");
        String timeline = ko.substring(ko.indexOf("id=\"membership\""));
        assertThat(timeline.substring(0, timeline.indexOf("</section>"))).as("marked as the tracker's translation")
            .contains(">번역<");
        assertThat(html("/members/haier?lang=zh")).contains("来源未给出更早的日期。")
            .doesNotContain("the source gives no earlier date");

        this.mvc.perform(event("haier", "SIGNED_AS", "2020-04-20", "海尔智家股份有限公司", "https://example.org/haier-entity")
            .param("dateNote", "Named as the signer in a later announcement.")
            .with(this.accounts.admin())).andExpect(status().is3xxRedirection());
        String zh = html("/members/haier?lang=zh");
        assertThat(zh).contains("<span lang=\"en\">Named as the signer in a later announcement.</span>")
            .contains(">仅有英文<");
    }

    @Test
    void theMembersPageKeepsTheUnnamedMembersAsTheStatedCount() throws Exception {
        String page = html("/members");
        assertThat(page).contains("A source states about 20 member companies (as of")
            .contains("3 of them are named here")
            .contains("title=\"some 20 member companies of the ICC China AI working group, Baidu among them\"");
        // In Chinese the sentence is Chinese; the source's English words stay only in the hover text.
        String zh = html("/members?lang=zh");
        assertThat(zh).contains("出处称约有20家成员公司").doesNotContain(">出处称有some 20");
    }

    @Test
    void theMembersPageAsOfADayShowsWhoWasAMemberThen() throws Exception {
        String before = html("/members?asOf=2020-04-19");
        assertThat(before).contains("id=\"as-of-banner\"", "id=\"no-members\"", "not yet a member",
                "http://localhost/members?asOf=2020-04-19", "Cite this page");
        String after = html("/members?asOf=2020-06-30");
        assertThat(after).contains("id=\"as-of-banner\"").doesNotContain("id=\"no-members\"");
        assertThat(after.split("<table")[1]).contains("Baidu", "JD.com", "Haier", "2020-04-20");
    }

    @Test
    void aLeavingEventEndsTheMembershipFromItsDate() throws Exception {
        this.mvc.perform(event("jd", "LEFT", "2022-01-01", "", "https://example.org/jd-left").with(this.accounts.admin()))
            .andExpect(redirectedUrl("/members/jd#membership"));
        this.mvc.perform(event("jd", "SIGNED_AS", "2020-04-20", "Beijing Jingdong Example Co., Ltd.",
                "https://example.org/jd-entity").with(this.accounts.admin()))
            .andExpect(status().is3xxRedirection());
        String during = html("/members?asOf=2021-12-31");
        assertThat(during.split("<table")[1].split("</table>")[0]).contains("JD.com",
                "Beijing Jingdong Example Co., Ltd.");
        String afterwards = html("/members?asOf=2022-01-01");
        assertThat(afterwards.split("<table")[1].split("</table>")[0]).doesNotContain("JD.com");
        assertThat(afterwards).contains("had left on 2022-01-01");
        assertThat(html("/members/jd")).contains("Not a member today", "https://example.org/jd-left");
    }

    @Test
    void badDatesGetAClearMessageNotAnError() throws Exception {
        String page = this.mvc.perform(get("/members?asOf=2020-13-45"))
            .andExpect(status().isBadRequest())
            .andReturn()
            .getResponse()
            .getContentAsString();
        assertThat(page).contains("“2020-13-45” is not a date the tracker can read.", "YYYY-MM-DD");
        assertThat(this.mvc.perform(get("/members?asOf=2999-01-01"))
            .andExpect(status().isBadRequest())
            .andReturn()
            .getResponse()
            .getContentAsString()).contains("is after today");
        this.mvc.perform(get("/members?asOf=")).andExpect(status().isBadRequest());
    }

    @Test
    void anEventNeedsItsSourceAndTheInputIsKept() throws Exception {
        String page = this.mvc
            .perform(event("haier", "SIGNED_AS", "2020-04-20", "", "not a link").with(this.accounts.admin()))
            .andExpect(status().isOk())
            .andReturn()
            .getResponse()
            .getContentAsString();
        assertThat(page).contains("Give the legal entity that signed.",
                "Give a web address starting with http:// or https://.", "value=\"not a link\"");
        assertThat(html("/members/haier")).doesNotContain("not a link");
    }

    @Test
    void onlyAdminsRecordEvents() throws Exception {
        this.mvc.perform(get("/members/baidu/membership/new")).andExpect(redirectedUrl("/login"));
        this.mvc.perform(get("/members/baidu/membership/new").with(this.accounts.editor("baidu")))
            .andExpect(status().isForbidden());
        this.mvc.perform(event("baidu", "LEFT", "2021-01-01", "", "https://example.org/x")
            .with(this.accounts.editor("baidu"))).andExpect(status().isForbidden());
        assertThat(html("/members/baidu")).doesNotContain("https://example.org/x");
        this.mvc.perform(get("/members/baidu/membership/new").with(this.accounts.admin())).andExpect(status().isOk());
    }

}
