package org.aiip.tracker.overview;

import java.util.List;

import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.transaction.annotation.Transactional;

import org.aiip.tracker.account.AccountService;
import org.aiip.tracker.account.TestAccounts;
import org.aiip.tracker.system.AuditAction;
import org.aiip.tracker.audit.AuditService;
import org.aiip.tracker.system.FieldChange;
import org.aiip.tracker.member.MemberService;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/** The audit log shows what changed as a reader says it, in the page's language, not the stored codes. */
@SpringBootTest
@AutoConfigureMockMvc
@ActiveProfiles("test")
@Transactional
class AuditValueLabelsTests {

    @Autowired
    MockMvc mvc;

    @Autowired
    AuditService audit;

    @Autowired
    AccountService accounts;

    @Autowired
    MemberService members;

    @Test
    void codesListsAndBooleansReadAsLabelsInThePageLanguage() throws Exception {
        TestAccounts testAccounts = new TestAccounts(this.accounts, this.members);
        this.audit.record("filing", 999_999L, AuditAction.UPDATE, null, "CN 2019 1 0000001.0",
                List.of(new FieldChange("legalStatus", "FILED", "PUBLISHED"),
                        new FieldChange("technologyArea", "OTHER", "DEEP_LEARNING"),
                        new FieldChange("coApplicants", "[]", "[Haier]"),
                        new FieldChange("openLicence", "false", "true")));

        String english = page(testAccounts, "en");
        assertThat(english).contains("<del>Filed</del>", "<ins>Published</ins>", "<ins>Deep learning</ins>",
                "<del>None</del>", "<ins>Haier</ins>", "<del>No</del>", "<ins>Yes</ins>")
            .doesNotContain("DEEP_LEARNING", ">[]<", ">true<", ">PUBLISHED<");
        String korean = page(testAccounts, "ko");
        assertThat(korean).contains("<del>출원</del>", "<ins>공개</ins>", "<ins>딥러닝</ins>", "<del>없음</del>",
                "<del>아니요</del>", "<ins>예</ins>");
        assertThat(page(testAccounts, "zh")).contains("<ins>深度学习</ins>", "<del>否</del>", "<ins>是</ins>");
    }

    private String page(TestAccounts testAccounts, String lang) throws Exception {
        return this.mvc.perform(get("/admin/audit").param("lang", lang).with(testAccounts.admin()))
            .andExpect(status().isOk())
            .andReturn()
            .getResponse()
            .getContentAsString();
    }

}
