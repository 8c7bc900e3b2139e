package org.aiip.tracker.account;

import org.springframework.context.ApplicationContext;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

import org.aiip.tracker.account.internal.ApiTokenService;

/** Personal API tokens for tests, made the way the account page makes them, and the header that sends one. */
public final class TestTokens {

    private final ApiTokenService tokens;

    public TestTokens(ApplicationContext context) {
        this.tokens = context.getBean(ApiTokenService.class);
    }

    /** A new token of this person, valid for 90 days. */
    public String create(TrackerUser user) {
        return this.tokens.create(user.id(), "test token", 90).token();
    }

    /** Sends {@code Authorization: Bearer <token>}. */
    public static RequestPostProcessor bearer(String token) {
        return request -> {
            request.addHeader("Authorization", "Bearer " + token);
            return request;
        };
    }

}
