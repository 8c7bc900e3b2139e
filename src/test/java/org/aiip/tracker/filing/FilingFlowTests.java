package org.aiip.tracker.filing;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

import org.aiip.tracker.account.AccountService;
import org.aiip.tracker.account.TestAccounts;
import org.aiip.tracker.member.MemberService;
import org.aiip.tracker.system.DataRevision;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * One filing from the form to the dashboard's figures, committed as a person's would be: it is counted,
 * audited and the cached pages' revision moves on exactly once for the one commit.
 */
@SpringBootTest
@AutoConfigureMockMvc
@ActiveProfiles("test")
class FilingFlowTests {

    @Autowired
    MockMvc mvc;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    DataRevision revision;

    @Autowired
    AccountService accountService;

    @Autowired
    MemberService members;

    TestAccounts accounts;

    @BeforeEach
    void setUp() {
        this.accounts = new TestAccounts(this.accountService, this.members);
    }

    @Test
    void aFilingSavedThroughTheFormIsCountedAuditedAndMovesTheRevisionOnce() throws Exception {
        long baidu = this.members.bySlug("baidu").orElseThrow().getId();
        // The admin's account is created first: creating it is itself an audited change that moves the revision.
        RequestPostProcessor admin = this.accounts.admin();
        long countedBefore = counted(baidu, 2016);
        long revisionBefore = this.revision.current();

        String location = this.mvc
            .perform(post("/filings/new").with(csrf())
                .with(admin)
                .param("office", "CN")
                .param("applicationNumber", "201610000017.6")
                .param("applicantId", String.valueOf(baidu))
                .param("title", "Flow test: speech wake-up with a small network")
                .param("filingDate", "2016-05-04")
                .param("legalStatus", "FILED")
                .param("technologyArea", "SPEECH_RECOGNITION")
                .param("ipcClasses", "G10L 15/22"))
            .andExpect(status().is3xxRedirection())
            .andReturn()
            .getResponse()
            .getRedirectedUrl();

        long id = Long.parseLong(location.replaceAll("\\D", ""));
        assertThat(counted(baidu, 2016)).isEqualTo(countedBefore + 1);
        assertThat(this.jdbc.queryForObject(
                "select count(*) from audit_entry where entity_type = 'filing' and entity_id = ? and action = 'CREATE'",
                Long.class, id))
            .isEqualTo(1);
        assertThat(this.revision.current()).isEqualTo(revisionBefore + 1);
    }

    private long counted(long applicantId, int year) {
        return this.jdbc.queryForObject(
                "select coalesce(sum(filings), 0) from filing_count where applicant_id = ? and filing_year = ?",
                Long.class, applicantId, year);
    }

}
