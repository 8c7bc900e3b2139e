package org.aiip.tracker.browser;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.openqa.selenium.By;

import org.aiip.tracker.account.TestAccounts;
import org.aiip.tracker.browser.Browser.AxeViolation;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every main page in English, Korean and Chinese: a full-page screenshot in target/screenshots
 * ({@code dashboard-en.png}, ...) and an axe-core check against WCAG 2.2 A and AA. A serious or
 * critical violation fails the test; lesser ones are printed.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class) // visitors' pages first: one sign-in for the rest
class BrowserAccessibilityTests extends BrowserTestSupport {

    private static final List<String> LANGUAGES = List.of("en", "ko", "zh");

    /** Who the browser is signed in as now; null for a visitor. */
    private static String signedInAs;

    @BeforeAll
    static void visitor() {
        signedInAs = null;
    }

    static Stream<Arguments> publicPages() {
        return Stream.of(Arguments.of("dashboard", "/"), Arguments.of("members", "/members"),
                Arguments.of("member-baidu", "/members/baidu"), Arguments.of("clauses", "/clauses"),
                Arguments.of("clause-3", "/clauses/3"), Arguments.of("filings", "/filings"),
                Arguments.of("filing", "/filings/{filing}"), Arguments.of("agreements", "/agreements"),
                Arguments.of("agreement", "/agreements/{agreement}"), Arguments.of("login", "/login"),
                Arguments.of("login-failed", "/login?error"),
                Arguments.of("not-found", "/members/nobody"));
    }

    static Stream<Arguments> signedInPages() {
        return Stream.of(Arguments.of("filing-new", "/filings/new"), Arguments.of("account", "/account"),
                Arguments.of("admin-users", "/admin/users"), Arguments.of("admin-audit", "/admin/audit"),
                Arguments.of("filing-edit", "/filings/{filing}/edit"), Arguments.of("member-new", "/members/new"),
                Arguments.of("agreement-new", "/agreements/new"), Arguments.of("compliance-baidu-3", "/compliance/baidu/3"),
                Arguments.of("clause-3-text-ko", "/clauses/3/texts/ko"));
    }

    @Order(0)
    @Test
    void axeFindsTheProblemsOfAPageThatHasThem() {
        browser.driver.get("data:text/html;charset=utf-8,<!DOCTYPE html><html lang=en><title>Bad</title>"
                + "<main><h1>Bad</h1><img src=missing.png><p style='color:%23ccc;background:%23fff'>Faint</p>"
                + "<input type=text></main></html>");
        assertThat(browser.axe()).filteredOn(AxeViolation::serious)
            .extracting(AxeViolation::id)
            .contains("image-alt", "color-contrast", "label");
    }

    @Order(1)
    @ParameterizedTest(name = "{0}")
    @MethodSource("publicPages")
    void publicPageHasNoSeriousAccessibilityProblemInAnyLanguage(String name, String path) {
        if (signedInAs != null) {
            browser.forget();
            signedInAs = null;
        }
        check(name, path);
    }

    @Order(2)
    @ParameterizedTest(name = "{0}")
    @MethodSource("signedInPages")
    void signedInPageHasNoSeriousAccessibilityProblemInAnyLanguage(String name, String path) {
        if (signedInAs == null) {
            signedInAs = this.accounts.newAdmin().username();
            browser.forget();
            browser.signIn(signedInAs, TestAccounts.PASSWORD);
        }
        check(name, path);
    }

    private void check(String name, String path) {
        String address = path.replace("{filing}", String.valueOf(aPublishedFiling()))
            .replace("{agreement}", String.valueOf(anAgreement()));
        List<String> serious = new ArrayList<>();
        for (String lang : LANGUAGES) {
            browser.open(address + (address.contains("?") ? "&" : "?") + "lang=" + lang);
            assertThat(browser.findAll(By.tagName("main"))).as(address + " in " + lang
                    + " rendered with the layout (not a failed page): " + browser.text()).isNotEmpty();
            // The page asked for, not the sign-in page it may have been sent to instead (whose check
            // would pass for every signed-in page), and for signed-in pages, signed in.
            assertThat(browser.path().replaceAll("\\?.*", "")).as("the page checked").isEqualTo(address.replaceAll("\\?.*", ""));
            if (signedInAs != null) {
                assertThat(browser.find(By.tagName("nav")).getText()).as("signed in on " + address)
                    .contains(signedInAs);
            }
            browser.screenshot(name + "-" + lang);
            for (AxeViolation violation : browser.axe()) {
                String line = name + " [" + lang + "] " + violation;
                System.out.println("axe: " + line);
                if (violation.serious()) {
                    serious.add(line);
                }
            }
        }
        assertThat(serious).as("serious or critical axe violations on " + address).isEmpty();
    }

}
