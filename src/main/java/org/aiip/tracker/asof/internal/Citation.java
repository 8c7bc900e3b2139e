package org.aiip.tracker.asof.internal;

import java.time.LocalDate;

import jakarta.servlet.http.HttpServletRequest;

import org.springframework.web.servlet.support.ServletUriComponentsBuilder;

/**
 * What a page offers to cite it: the day it shows the record as of, and the permanent link that shows
 * the record as of that day again (the same address with {@code asOf}, without a language switch).
 *
 * @param day the day the page shows the record as of
 * @param permalink the permanent link
 * @param historical whether the page is an "as of" view of a past state (true) or today's page
 */
record Citation(LocalDate day, String permalink, boolean historical) {

    public static Citation of(HttpServletRequest request, LocalDate day, boolean historical) {
        String link = ServletUriComponentsBuilder.fromRequest(request)
            .replaceQueryParam("asOf", day.toString())
            .replaceQueryParam("lang")
            .build()
            .toUriString();
        return new Citation(day, link, historical);
    }

}
