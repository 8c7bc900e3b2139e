package org.aiip.tracker.api.internal;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * The API's rate limit ({@code tracker.api.rate-limit.*}). Each instance counts for itself: behind a
 * load balancer with n instances a client may make up to n times as many requests.
 *
 * @param enabled whether API calls are limited at all
 * @param anonymous requests per period from one client address without a sign-in or token
 * @param authenticated requests per period for one signed-in account or token holder; 0 for no limit
 * @param period the period the numbers refer to; the allowance refills steadily over it
 */
@ConfigurationProperties("tracker.api.rate-limit")
record RateLimitProperties(@DefaultValue("true") boolean enabled, @DefaultValue("60") int anonymous,
        @DefaultValue("600") int authenticated, @DefaultValue("PT1M") Duration period) {
}
