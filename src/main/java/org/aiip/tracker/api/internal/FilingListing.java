package org.aiip.tracker.api.internal;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

import org.aiip.tracker.filing.FilingKeyset;
import org.aiip.tracker.filing.FilingListRow;
import org.aiip.tracker.filing.FilingSearch;
import org.aiip.tracker.filing.FilingSearchResult;
import org.aiip.tracker.filing.FilingService;
import org.aiip.tracker.filing.FilingSlice;
import org.aiip.tracker.filing.FilingVisibility;

import org.springframework.stereotype.Component;
import org.springframework.web.util.UriComponentsBuilder;

/**
 * The filing list of the API, by page number or by cursor, with the addresses of the neighbouring
 * stretches. The rows and counts come from {@link FilingService}, as on the {@code /filings} page.
 */
@Component
class FilingListing {

    private final FilingService filings;

    FilingListing(FilingService filings) {
        this.filings = filings;
    }

    FilingListJson list(FilingQuery.Parsed query, FilingVisibility visibility) {
        return (query.cursor() == null) ? byPage(query, visibility) : byCursor(query, visibility);
    }

    private FilingListJson byPage(FilingQuery.Parsed query, FilingVisibility visibility) {
        FilingSearchResult result = this.filings.search(query.search(), visibility, query.size());
        FilingQuery.rejectUnknown(result.search());
        int requested = query.search().page();
        // The page shows the last page for a number past the end; the API answers that there is nothing there.
        boolean pastEnd = requested > result.page();
        List<FilingListRow> rows = pastEnd ? List.of() : result.rows();
        String next = (!pastEnd && result.hasNext()) ? cursorAfter(query.search().sort(), rows) : null;
        Addresses at = new Addresses(result.search(), query.size());
        return new FilingListJson(items(rows), result.total(), query.size(), requested, result.totalPages(), next,
                new FilingListJson.Links(at.page(requested), at.cursor(next),
                        requested > 0 ? at.page(Math.min(requested - 1, result.lastPage())) : null, at.page(0),
                        at.page(result.lastPage())));
    }

    private FilingListJson byCursor(FilingQuery.Parsed query, FilingVisibility visibility) {
        FilingSlice slice = this.filings.searchAfter(query.search(), query.after(), query.size(), visibility);
        FilingQuery.rejectUnknown(slice.search());
        FilingSearch.Sort sort = query.search().sort();
        String next = (slice.next() == null) ? null : FilingCursor.encode(sort, slice.next());
        long totalPages = (slice.total() + query.size() - 1) / query.size();
        Addresses at = new Addresses(slice.search(), query.size());
        return new FilingListJson(items(slice.rows()), slice.total(), query.size(), null, totalPages, next,
                new FilingListJson.Links(at.cursor(query.cursor()), at.cursor(next), null, at.page(0),
                        at.page((int) Math.max(0, totalPages - 1))));
    }

    private static String cursorAfter(FilingSearch.Sort sort, List<FilingListRow> rows) {
        return FilingCursor.encode(sort, FilingKeyset.after(rows.get(rows.size() - 1)));
    }

    private static List<FilingItemJson> items(List<FilingListRow> rows) {
        return rows.stream().map(FilingItemJson::of).toList();
    }

    /**
     * The list's address with the same filters, order and size, at a page or a cursor. Values go in as
     * URI variables, so that they are encoded strictly ("+" and "&" in a search text included).
     */
    private record Addresses(FilingSearch search, int size) {

        String page(int page) {
            return build(page > 0 ? Map.of("page", page) : Map.of());
        }

        String cursor(String cursor) {
            return (cursor == null) ? null : build(Map.of("cursor", cursor));
        }

        private String build(Map<String, Object> position) {
            FilingSearch s = this.search;
            Map<String, Object> values = new LinkedHashMap<>();
            values.put("member", s.member());
            values.put("office", s.office() == null ? null : s.office().name());
            values.put("status", s.status() == null ? null : s.status().name());
            values.put("area", s.area());
            values.put("year", s.year());
            values.put("ipc", s.ipc());
            values.put("open", s.open());
            values.put("q", s.q());
            values.put("sort", s.sort() == FilingSearch.Sort.NEWEST ? null : s.sort().param());
            values.put("size", this.size == FilingQuery.DEFAULT_SIZE ? null : this.size);
            values.putAll(position);
            values.values().removeIf(Objects::isNull);
            UriComponentsBuilder url = UriComponentsBuilder.fromPath(ApiPaths.BASE + "/filings");
            values.keySet().forEach(name -> url.queryParam(name, "{" + name + "}"));
            return url.encode().buildAndExpand(values).toUriString();
        }

    }

}
