package org.aiip.tracker.api.internal;

import jakarta.persistence.EntityManager;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import org.aiip.tracker.account.AccountService;
import org.aiip.tracker.member.MemberService;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.http.MediaType;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;
import org.springframework.transaction.annotation.Transactional;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.matchesPattern;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The limits on expensive requests, each in a small setting of its own: anonymous API calls per client
 * address, signed-in callers per account, tokens that do not work per address, and the filing exports
 * per address and per account.
 */
@SpringBootTest(properties = { "tracker.api.rate-limit.anonymous=3", "tracker.api.rate-limit.authenticated=5",
        "tracker.api.rate-limit.period=PT1H", "tracker.api.invalid-token.limit=4", "tracker.api.invalid-token.period=PT1H",
        "tracker.api.invalid-token.log-limit=3", "tracker.export.limit.anonymous=2",
        "tracker.export.limit.signed-in=3", "tracker.export.limit.period=PT1H" })
@ExtendWith(OutputCaptureExtension.class)
@AutoConfigureMockMvc
@ActiveProfiles("test")
@Transactional
class RateLimitTests {

    @Autowired
    MockMvc mvc;

    @Autowired
    EntityManager em;

    @Autowired
    AccountService accounts;

    @Autowired
    MemberService members;

    @Test
    void anAddressOverTheLimitGets429WithRetryAfterWhileOthersGoOn() throws Exception {
        RequestPostProcessor address = from("192.0.2.10");
        for (int remaining = 2; remaining >= 0; remaining--) {
            this.mvc.perform(get("/api/v1/members").with(address))
                .andExpect(status().isOk())
                .andExpect(header().string("X-RateLimit-Limit", "3"))
                .andExpect(header().string("X-RateLimit-Remaining", Integer.toString(remaining)));
        }

        this.mvc.perform(get("/api/v1/clauses").with(address))
            .andExpect(status().isTooManyRequests())
            .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
            .andExpect(header().string("Retry-After", matchesPattern("[1-9][0-9]*")))
            .andExpect(header().string("X-RateLimit-Remaining", "0"))
            .andExpect(jsonPath("$.status").value(429))
            .andExpect(jsonPath("$.title").value("Too many requests"))
            .andExpect(jsonPath("$.detail", matchesPattern(
                    "At most 3 requests in 3600 seconds are answered for each address or account\\. Try again in \\d+ s\\.")));

        this.mvc.perform(get("/api/v1/clauses").with(address).header("Accept-Language", "zh"))
            .andExpect(status().isTooManyRequests())
            .andExpect(jsonPath("$.title").value("请求过多"))
            .andExpect(jsonPath("$.detail", matchesPattern("每个地址或账户在 3600 秒内最多获得 3 次响应。请在 \\d+ 秒后重试。")));

        this.mvc.perform(get("/api/v1/members").with(from("192.0.2.11"))).andExpect(status().isOk());
    }

    @Test
    void signedInCallersAreCountedByAccountWithTheirOwnLimit() throws Exception {
        RequestPostProcessor editor = new ApiTestData(this.em, this.accounts, this.members).as("editor:jd");
        for (int i = 0; i < 3; i++) {
            this.mvc.perform(get("/api/v1/members").with(from("192.0.2.20"))).andExpect(status().isOk());
        }
        this.mvc.perform(get("/api/v1/members").with(from("192.0.2.20"))).andExpect(status().isTooManyRequests());

        for (int remaining = 4; remaining >= 0; remaining--) {
            this.mvc.perform(get("/api/v1/members").with(from("192.0.2.20")).with(editor))
                .andExpect(status().isOk())
                .andExpect(header().string("X-RateLimit-Limit", "5"))
                .andExpect(header().string("X-RateLimit-Remaining", Integer.toString(remaining)));
        }
        this.mvc.perform(get("/api/v1/members").with(editor)).andExpect(status().isTooManyRequests());
    }

    @Test
    void pagesAndTheApiDocumentAreNotCounted() throws Exception {
        RequestPostProcessor address = from("192.0.2.30");
        for (int i = 0; i < 5; i++) {
            this.mvc.perform(get("/members").with(address)).andExpect(status().isOk());
            this.mvc.perform(get("/v3/api-docs").with(address)).andExpect(status().isOk());
        }
        this.mvc.perform(get("/api/v1/members").with(address)).andExpect(header().string("X-RateLimit-Remaining", "2"));
    }

    @Test
    void tokensThatDoNotWorkAreLimitedPerAddressAndLoggedAtABoundedRate(CapturedOutput output) throws Exception {
        RequestPostProcessor address = from("192.0.2.40");
        String unknown = "itk_" + "A".repeat(43);
        int logLinesBefore = refusals(output);
        for (int i = 0; i < 4; i++) {
            this.mvc.perform(get("/api/v1/members").with(address).header("Authorization", "Bearer " + unknown))
                .andExpect(status().isUnauthorized());
        }
        for (int i = 0; i < 20; i++) {
            this.mvc.perform(get("/api/v1/members").with(address).header("Authorization", "Bearer " + unknown)
                    .header("Accept-Language", "ko"))
                .andExpect(status().isTooManyRequests())
                .andExpect(header().string("Retry-After", matchesPattern("[1-9][0-9]*")))
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(jsonPath("$.title").value("요청이 너무 많음"));
        }
        // Another address is not held back, and calls without a token go on as before.
        this.mvc.perform(get("/api/v1/members").with(from("192.0.2.41")).header("Authorization", "Bearer " + unknown))
            .andExpect(status().isUnauthorized());
        this.mvc.perform(get("/api/v1/members").with(from("192.0.2.40"))).andExpect(status().isOk());
        assertThat(refusals(output) - logLinesBefore).as("refusals logged, at most 3 a minute").isEqualTo(3);
    }

    @Test
    void exportsAreLimitedPerAddressForThePublicAndPerAccountForThoseSignedIn() throws Exception {
        RequestPostProcessor address = from("192.0.2.50");
        this.mvc.perform(get("/filings/export.csv").with(address)).andExpect(status().isOk());
        this.mvc.perform(get("/filings/export.xlsx").with(address)).andExpect(status().isOk());
        this.mvc.perform(get("/filings/export.csv").with(address))
            .andExpect(status().isTooManyRequests())
            .andExpect(header().string("Retry-After", matchesPattern("[1-9][0-9]*")));
        this.mvc.perform(get("/filings/export.xlsx").with(address)).andExpect(status().isTooManyRequests());
        this.mvc.perform(get("/filings/export.csv").with(from("192.0.2.51"))).andExpect(status().isOk());

        RequestPostProcessor editor = new ApiTestData(this.em, this.accounts, this.members).as("editor:haier");
        for (int i = 0; i < 3; i++) {
            this.mvc.perform(get("/filings/export.csv").with(address).with(editor)).andExpect(status().isOk());
        }
        this.mvc.perform(get("/filings/export.csv").with(from("192.0.2.52")).with(editor))
            .andExpect(status().isTooManyRequests());
    }

    private static int refusals(CapturedOutput output) {
        return (int) output.getAll().lines().filter(line -> line.contains("event=api-token-refused")).count();
    }

    private static RequestPostProcessor from(String address) {
        return request -> {
            request.setRemoteAddr(address);
            return request;
        };
    }

}
