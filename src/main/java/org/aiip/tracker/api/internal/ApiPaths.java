package org.aiip.tracker.api.internal;

import org.springframework.web.util.UriComponentsBuilder;

/**
 * The addresses of the API's resources, as paths from the server's root (clients resolve them
 * against the address they called, as browsers do with links).
 */
final class ApiPaths {

    static final String BASE = "/api/v1";

    private ApiPaths() {
    }

    static String member(String slug) {
        return path("/members/{slug}", slug);
    }

    static String memberCompliance(String slug) {
        return path("/members/{slug}/compliance", slug);
    }

    static String clause(int number) {
        return path("/clauses/{number}", number);
    }

    static String clauseCompliance(int number) {
        return path("/clauses/{number}/compliance", number);
    }

    static String filing(long id) {
        return path("/filings/{id}", id);
    }

    static String family(long id) {
        return path("/filings/{id}/family", id);
    }

    static String agreement(long id) {
        return path("/agreements/{id}", id);
    }

    static String licence(long id) {
        return path("/licences/{id}", id);
    }

    static String litigationCase(long id) {
        return path("/cases/{id}", id);
    }

    static String transfer(long id) {
        return path("/transfers/{id}", id);
    }

    static String declaration(long id) {
        return path("/declarations/{id}", id);
    }

    static String filingsOf(String memberSlug) {
        return UriComponentsBuilder.fromPath(BASE + "/filings").queryParam("member", memberSlug).encode().toUriString();
    }

    static String agreementsOf(String memberSlug) {
        return UriComponentsBuilder.fromPath(BASE + "/agreements").queryParam("member", memberSlug).encode()
            .toUriString();
    }

    private static String path(String template, Object value) {
        return UriComponentsBuilder.fromPath(BASE + template).buildAndExpand(value).encode().toUriString();
    }

}
