package org.aiip.tracker.importing.internal;

import java.io.ByteArrayInputStream;
import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.web.util.HtmlUtils;

import org.aiip.tracker.account.AccountService;
import org.aiip.tracker.account.TestAccounts;
import org.aiip.tracker.account.TrackerUser;
import org.aiip.tracker.member.MemberService;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The upload limit as a browser meets it on the real server: an oversized file leads to the import
 * page, which says so, not to an error page or a refused CSRF token.
 */
@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT,
        properties = { "spring.servlet.multipart.max-file-size=4KB", "spring.servlet.multipart.max-request-size=5KB",
                "tracker.import.dir=target/import-limit-tests" })
@ActiveProfiles("test")
class ImportUploadLimitTests {

    private static final Pattern FORM_ACTION = Pattern.compile("action=\"(/admin/import\\?_csrf=[^\"]+)\"");

    private static final Pattern LOGIN_TOKEN = Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"");

    @LocalServerPort
    int port;

    @Autowired
    AccountService accountService;

    @Autowired
    MemberService members;

    @Test
    void anOversizedFileGetsAFriendlyPageAndASmallOneIsAccepted() throws Exception {
        TrackerUser editor = new TestAccounts(this.accountService, this.members).newEditor("baidu");
        HttpClient browser = HttpClient.newBuilder().cookieHandler(new CookieManager()).build();
        signIn(browser, editor.username());
        String action = HtmlUtils.htmlUnescape(find(FORM_ACTION, get(browser, "/admin/import").body()));

        HttpResponse<String> tooLarge = upload(browser, action, ImportTestFiles.csv(ImportTestFiles.rows(60, "baidu", "Big")));
        assertThat(tooLarge.statusCode()).isEqualTo(302);
        String location = tooLarge.headers().firstValue("Location").orElseThrow();
        assertThat(location).endsWith("/admin/import?tooLarge");
        HttpResponse<String> page = get(browser, URI.create(location).getPath() + "?tooLarge");
        assertThat(page.statusCode()).isEqualTo(200);
        assertThat(HtmlUtils.htmlUnescape(page.body()))
            .contains("The file is larger than 4 KB, the most that can be uploaded at once. Nothing was stored.");

        // Sent in chunks, without a length up front: found while reading the parts.
        HttpResponse<String> chunked = upload(browser, action, ImportTestFiles.csv(ImportTestFiles.rows(60, "baidu", "Big")), true);
        assertThat(chunked.statusCode()).isEqualTo(302);
        assertThat(chunked.headers().firstValue("Location").orElseThrow()).endsWith("/admin/import?tooLarge");

        HttpResponse<String> small = upload(browser, action, ImportTestFiles.csv(ImportTestFiles.rows(2, "baidu", "Small")));
        assertThat(small.statusCode()).isEqualTo(302);
        assertThat(small.headers().firstValue("Location").orElseThrow()).contains("/admin/import/");
    }

    private void signIn(HttpClient browser, String username) throws Exception {
        String token = find(LOGIN_TOKEN, get(browser, "/login").body());
        String form = "username=" + URLEncoder.encode(username, StandardCharsets.UTF_8) + "&password="
                + URLEncoder.encode(TestAccounts.PASSWORD, StandardCharsets.UTF_8) + "&_csrf="
                + URLEncoder.encode(token, StandardCharsets.UTF_8);
        HttpResponse<String> response = browser.send(HttpRequest.newBuilder(uri("/login"))
            .header("Content-Type", "application/x-www-form-urlencoded")
            .POST(HttpRequest.BodyPublishers.ofString(form))
            .build(), HttpResponse.BodyHandlers.ofString());
        assertThat(response.headers().firstValue("Location").orElse("")).doesNotContain("error");
    }

    private HttpResponse<String> upload(HttpClient browser, String action, byte[] content) throws Exception {
        return upload(browser, action, content, false);
    }

    private HttpResponse<String> upload(HttpClient browser, String action, byte[] content, boolean chunked)
            throws Exception {
        String boundary = "----import-test-boundary";
        byte[] head = ("--" + boundary + "\r\nContent-Disposition: form-data; name=\"file\"; filename=\"filings.csv\"\r\n"
                + "Content-Type: text/csv\r\n\r\n").getBytes(StandardCharsets.UTF_8);
        byte[] tail = ("\r\n--" + boundary + "--\r\n").getBytes(StandardCharsets.UTF_8);
        byte[] body = new byte[head.length + content.length + tail.length];
        System.arraycopy(head, 0, body, 0, head.length);
        System.arraycopy(content, 0, body, head.length, content.length);
        System.arraycopy(tail, 0, body, head.length + content.length, tail.length);
        return browser.send(HttpRequest.newBuilder(uri(action))
            .header("Content-Type", "multipart/form-data; boundary=" + boundary)
            .POST(chunked ? HttpRequest.BodyPublishers.ofInputStream(() -> new ByteArrayInputStream(body))
                    : HttpRequest.BodyPublishers.ofByteArray(body))
            .build(), HttpResponse.BodyHandlers.ofString());
    }

    private HttpResponse<String> get(HttpClient browser, String path) throws Exception {
        return browser.send(HttpRequest.newBuilder(uri(path)).build(), HttpResponse.BodyHandlers.ofString());
    }

    private URI uri(String path) {
        return URI.create("http://localhost:" + this.port + path);
    }

    private static String find(Pattern pattern, String html) {
        Matcher matcher = pattern.matcher(html);
        assertThat(matcher.find()).as("pattern %s in the page", pattern).isTrue();
        return matcher.group(1);
    }

}
