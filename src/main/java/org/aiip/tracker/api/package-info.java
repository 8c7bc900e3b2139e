/**
 * The public JSON API under {@code /api/v1}: members, clauses, filings, compliance, agreements and the
 * dashboard figures as JSON records (never entities), errors as RFC 9457 problem details, a rate limit
 * per client address, and the OpenAPI document with Swagger UI at {@code /api}. No other module uses any of
 * it, so all of it is in {@code internal}, package-private.
 */
@ApplicationModule(allowedDependencies = {"account", "agreement", "clause", "compliance", "filing", "initiative", "licensing", "litigation", "member", "overview", "registry", "standards", "system"})
package org.aiip.tracker.api;

import org.springframework.modulith.ApplicationModule;
