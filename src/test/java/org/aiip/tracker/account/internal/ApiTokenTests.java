package org.aiip.tracker.account.internal;

import java.util.List;
import java.util.Map;

import jakarta.persistence.EntityManager;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.transaction.annotation.Transactional;

import org.aiip.tracker.member.MemberService;
import org.aiip.tracker.account.AccountService;
import org.aiip.tracker.account.TestAccounts;
import org.aiip.tracker.account.TestTokens;
import org.aiip.tracker.account.TrackerUser;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * Personal API tokens on the account page: created (shown once, only a hash kept), listed,
 * revoked; and what makes a token stop working at the API.
 */
@SpringBootTest
@AutoConfigureMockMvc
@ActiveProfiles("test")
@Transactional
class ApiTokenTests {

    /** A write route that needs a token; with a body that is not JSON it answers 400 once the token is accepted. */
    static final String WRITE = "/api/v1/filings";

    @Autowired
    MockMvc mvc;

    @Autowired
    AccountService accounts;

    @Autowired
    MemberService members;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    ApplicationContext context;

    @Autowired
    EntityManager em;

    @Autowired
    AppSettingService settings;

    TestAccounts testAccounts;

    TestTokens tokens;

    @BeforeEach
    void setUp() {
        this.testAccounts = new TestAccounts(this.accounts, this.members);
        this.tokens = new TestTokens(this.context);
    }

    @Test
    void newTokenIsShownOnceAndOnlyItsHashIsStored() throws Exception {
        TrackerUser editor = this.testAccounts.newEditor("baidu");
        MvcResult created = this.mvc
            .perform(post("/account/tokens").with(csrf()).with(TestAccounts.as(editor))
                .param("name", "docketing sync")
                .param("validDays", "30"))
            .andExpect(redirectedUrl("/account#tokens"))
            .andExpect(flash().attribute("flash", "apiToken.created"))
            .andReturn();
        String token = (String) created.getFlashMap().get("newToken");
        assertThat(token).startsWith("itk_").hasSize(47);

        this.mvc.perform(get("/account").with(TestAccounts.as(editor)).flashAttrs(created.getFlashMap()))
            .andExpect(content().string(containsString("value=\"" + token + "\"")))
            .andExpect(content().string(containsString("it is shown only this once")));
        this.mvc.perform(get("/account").with(TestAccounts.as(editor)))
            .andExpect(content().string(not(containsString(token))))
            .andExpect(content().string(containsString("docketing sync")))
            .andExpect(content().string(containsString(token.substring(0, 12) + "…")));

        List<Map<String, Object>> rows = this.jdbc.queryForList("select * from api_token where account_id = ?",
                editor.id());
        assertThat(rows).hasSize(1);
        for (Object value : rows.get(0).values()) {
            assertThat(String.valueOf(value)).doesNotContain(token.substring(12));
        }
        assertThat(rows.get(0).get("token_hash")).isEqualTo(ApiTokenService.hash(token));
        assertThat(rows.get(0).get("token_prefix")).isEqualTo(token.substring(0, 12));
        assertThat(rows.get(0).get("expires_at")).isNotNull();
    }

    @Test
    void tokenFormErrorsAreShownBesideTheField() throws Exception {
        this.mvc.perform(post("/account/tokens").with(csrf()).with(this.testAccounts.editor("jd"))
                .param("name", " ")
                .param("validDays", "9999"))
            .andExpect(status().isOk())
            .andExpect(content().string(containsString("id=\"name-error\"")))
            .andExpect(content().string(containsString("This field is required.")))
            .andExpect(content().string(containsString("Choose one of the periods offered.")));
        this.mvc.perform(post("/account/tokens").with(this.testAccounts.editor("jd")).param("name", "no csrf"))
            .andExpect(status().isForbidden());
        assertThat(this.jdbc.queryForObject("select count(*) from api_token", Long.class)).isZero();
    }

    @Test
    void aWorkingTokenSignsInAsItsOwnerWithoutASessionAndRecordsItsUse() throws Exception {
        TrackerUser editor = this.testAccounts.newEditor("baidu");
        String token = this.tokens.create(editor);
        MvcResult result = this.mvc.perform(unreadableWrite(token))
            .andExpect(status().isBadRequest())
            .andReturn();
        assertThat(result.getResponse().getCookie("SESSION")).isNull();
        assertThat(result.getResponse().getHeader("Set-Cookie")).isNull();
        this.mvc.perform(get("/account").with(TestAccounts.as(editor)))
            .andExpect(content().string(not(containsString("<td>Never</td>\n      <td>"))));
        assertThat(this.jdbc.queryForObject("select last_used_at from api_token where account_id = ?", Object.class,
                editor.id()))
            .isNotNull();
    }

    @Test
    void revokedTokenGets401() throws Exception {
        TrackerUser editor = this.testAccounts.newEditor("baidu");
        String token = this.tokens.create(editor);
        Long id = this.jdbc.queryForObject("select id from api_token where account_id = ?", Long.class, editor.id());
        this.mvc.perform(post("/account/tokens/{id}/revoke", id).with(csrf()).with(TestAccounts.as(editor)))
            .andExpect(redirectedUrl("/account#tokens"))
            .andExpect(flash().attribute("flash", "apiToken.revokedDone"));

        expectInvalidToken(token);
        this.mvc.perform(get("/account").with(TestAccounts.as(editor)))
            .andExpect(content().string(containsString("Revoked")));
    }

    @Test
    void nobodyRevokesSomeoneElsesTokenFromTheirAccountPage() throws Exception {
        TrackerUser owner = this.testAccounts.newEditor("baidu");
        String token = this.tokens.create(owner);
        Long id = this.jdbc.queryForObject("select id from api_token where account_id = ?", Long.class, owner.id());
        this.mvc.perform(post("/account/tokens/{id}/revoke", id).with(csrf()).with(this.testAccounts.editor("jd")))
            .andExpect(status().isNotFound());
        this.mvc.perform(unreadableWrite(token)).andExpect(status().isBadRequest());
    }

    @Test
    void disabledAccountsTokenGets401AndStaysRevokedAfterReEnabling() throws Exception {
        TrackerUser editor = this.testAccounts.newEditor("haier");
        String token = this.tokens.create(editor);
        this.mvc.perform(post("/admin/users/{id}/disable", editor.id()).with(csrf()).with(this.testAccounts.admin()))
            .andExpect(redirectedUrl("/admin/users"));
        expectInvalidToken(token);
        this.mvc.perform(post("/admin/users/{id}/enable", editor.id()).with(csrf()).with(this.testAccounts.admin()));
        expectInvalidToken(token);
    }

    @Test
    void resettingThePasswordRevokesTheAccountsTokens() throws Exception {
        TrackerUser editor = this.testAccounts.newEditor("haier");
        String token = this.tokens.create(editor);
        this.mvc.perform(post("/admin/users/{id}/reset", editor.id()).with(csrf()).with(this.testAccounts.admin())
                .param("password", "a completely new passphrase 42"))
            .andExpect(redirectedUrl("/admin/users"));
        expectInvalidToken(token);
    }

    @Test
    void expiredAndMadeUpTokensGet401() throws Exception {
        TrackerUser editor = this.testAccounts.newEditor("jd");
        String token = this.tokens.create(editor);
        this.jdbc.update("update api_token set expires_at = created_at - interval '1' day where account_id = ?",
                editor.id());
        this.em.clear();
        expectInvalidToken(token);
        expectInvalidToken("itk_" + "A".repeat(43));
        expectInvalidToken("not a token at all");
        this.mvc.perform(get("/api/v1/filings").header("Authorization", "Basic YWRtaW46YWRtaW4="))
            .andExpect(status().isUnauthorized());
    }

    @Test
    void adminTokenStopsWhileTheAdminsSecondFactorIsRequiredAndMissing() throws Exception {
        String token = this.tokens.create(this.testAccounts.newAdmin());
        this.mvc.perform(unreadableWrite(token)).andExpect(status().isBadRequest());
        this.settings.requireTotpForAdmins(true);
        expectInvalidToken(token);
        this.settings.requireTotpForAdmins(false);
        this.mvc.perform(unreadableWrite(token)).andExpect(status().isBadRequest());
    }

    @Test
    void aBrowserSessionDoesNotSignInToTheApi() throws Exception {
        TrackerUser editor = this.testAccounts.newEditor("baidu");
        MvcResult signIn = this.mvc
            .perform(post("/login").with(csrf()).param("username", editor.username())
                .param("password", TestAccounts.PASSWORD))
            .andReturn();
        var session = signIn.getResponse().getCookie("SESSION");
        assertThat(session).isNotNull();
        this.mvc.perform(post(WRITE).cookie(session).contentType("application/json").content("{}"))
            .andExpect(status().isUnauthorized())
            .andExpect(header().string("WWW-Authenticate", "Bearer realm=\"Initiative Tracker API\""))
            .andExpect(jsonPath("$.status").value(401))
            .andExpect(jsonPath("$.instance").value(WRITE));
    }

    @Test
    void adminsSeeAndRevokeAnyonesTokensEditorsCannot() throws Exception {
        TrackerUser editor = this.testAccounts.newEditor("baidu");
        String token = this.tokens.create(editor);
        Long id = this.jdbc.queryForObject("select id from api_token where account_id = ?", Long.class, editor.id());
        this.mvc.perform(get("/admin/users/{id}/tokens", editor.id()).with(this.testAccounts.editor("baidu")))
            .andExpect(status().isForbidden());
        this.mvc.perform(get("/admin/users").with(this.testAccounts.admin()))
            .andExpect(content().string(containsString("/admin/users/" + editor.id() + "/tokens")));
        this.mvc.perform(get("/admin/users/{id}/tokens", editor.id()).with(this.testAccounts.admin()))
            .andExpect(status().isOk())
            .andExpect(content().string(containsString("API tokens of " + editor.username())))
            .andExpect(content().string(containsString(token.substring(0, 12))))
            .andExpect(content().string(not(containsString(token))));
        this.mvc.perform(post("/admin/users/{id}/tokens/{tokenId}/revoke", editor.id(), id).with(csrf())
                .with(this.testAccounts.admin()))
            .andExpect(redirectedUrl("/admin/users/" + editor.id() + "/tokens"));
        expectInvalidToken(token);
    }

    private static MockHttpServletRequestBuilder unreadableWrite(String token) {
        return post(WRITE).with(TestTokens.bearer(token)).contentType("application/json").content("not json");
    }

    private void expectInvalidToken(String token) throws Exception {
        this.mvc.perform(post(WRITE).with(TestTokens.bearer(token)))
            .andExpect(status().isUnauthorized())
            .andExpect(header().string("WWW-Authenticate", containsString("error=\"invalid_token\"")))
            .andExpect(header().string("Content-Type", "application/problem+json"))
            .andExpect(jsonPath("$.type").value("about:blank"))
            .andExpect(jsonPath("$.title").value("Unauthorized"))
            .andExpect(jsonPath("$.status").value(401))
            .andExpect(jsonPath("$.detail").value(containsString("revoked")))
            .andExpect(jsonPath("$.instance").value(WRITE));
        // Reading is open to everyone, but a token that does not work is still refused.
        this.mvc.perform(get("/api/v1/filings").with(TestTokens.bearer(token))).andExpect(status().isUnauthorized());
    }

}
