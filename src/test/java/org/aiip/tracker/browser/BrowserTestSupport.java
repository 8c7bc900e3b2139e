package org.aiip.tracker.browser;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.TestInfo;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.ActiveProfiles;

import org.aiip.tracker.account.AccountService;
import org.aiip.tracker.account.TestAccounts;
import org.aiip.tracker.member.MemberService;

/**
 * The application on a real port with the real record and the synthetic sample switched on (so that pages are full),
 * and one headless Chromium shared by all tests of a class. Every browser test class extends this,
 * so they share one application context.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = { "tracker.sample-data.enabled=true", "tracker.sample-data.filings=300", "tracker.record.enabled=true" })
@ActiveProfiles("test")
@Tag("browser")
abstract class BrowserTestSupport {

    static Browser browser;

    @LocalServerPort
    int port;

    @Autowired
    AccountService accountService;

    @Autowired
    MemberService memberService;

    @Autowired
    JdbcTemplate jdbc;

    TestAccounts accounts;

    @BeforeAll
    static void startBrowser(TestInfo info) {
        Browser.assumeInstalled(info.getTestClass().orElseThrow());
        browser = Browser.start();
    }

    @AfterAll
    static void stopBrowser() {
        if (browser != null) {
            browser.close();
            browser = null;
        }
    }

    @BeforeEach
    void pointBrowserAtApplication() {
        browser.at("http://localhost:" + this.port);
        this.accounts = new TestAccounts(this.accountService, this.memberService);
    }

    /** The id of the first published filing (the sample has hundreds). */
    long aPublishedFiling() {
        return this.jdbc.queryForObject("select min(id) from patent_filing where published", Long.class);
    }

    long anAgreement() {
        return this.jdbc.queryForObject("select min(id) from cooperation_agreement", Long.class);
    }

}
