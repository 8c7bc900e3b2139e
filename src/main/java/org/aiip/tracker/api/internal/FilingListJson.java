package org.aiip.tracker.api.internal;

import java.util.List;

import com.fasterxml.jackson.annotation.JsonInclude;

/**
 * A stretch of the filing list.
 *
 * @param total how many filings match in all (that the caller may see)
 * @param size rows per request
 * @param page the page number (from 0) when asked for by page; {@code null} when read by cursor
 * @param totalPages how many pages of this size there are
 * @param nextCursor the {@code cursor} that continues after the last item; {@code null} at the end
 */
record FilingListJson(List<FilingItemJson> items, long total, int size, Integer page, long totalPages,
        String nextCursor, Links links) {

    /**
     * Addresses of neighbouring stretches; absent where there is none. {@code next} always continues by
     * cursor (as fast on page 1,000 as on page 1); {@code prev}, {@code first} and {@code last} go by page.
     */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    record Links(String self, String next, String prev, String first, String last) {
    }

}
