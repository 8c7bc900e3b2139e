package org.aiip.tracker.api.internal;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Collectors;

import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.Schema;

import org.aiip.tracker.api.internal.InvalidParametersException.InvalidParameter;
import org.aiip.tracker.filing.FilingKeyset;
import org.aiip.tracker.filing.FilingSearch;
import org.aiip.tracker.filing.FilingSearchForm;
import org.aiip.tracker.filing.LegalStatus;
import org.aiip.tracker.filing.PatentOffice;

/**
 * The query parameters of {@code GET /api/v1/filings}: the filters and order of the {@code /filings}
 * page, read by the same {@link FilingSearchForm}, plus the page size and the cursor. Where the page
 * ignores a value it does not understand, the API refuses it.
 */
record FilingQuery(
        @Parameter(description = "Applicant's slug, e.g. baidu") String member,
        @Parameter(description = "Patent office", schema = @Schema(implementation = PatentOffice.class)) String office,
        @Parameter(description = "Legal status", schema = @Schema(implementation = LegalStatus.class)) String status,
        @Parameter(description = "Technology area code, e.g. DEEP_LEARNING") String area,
        @Parameter(description = "Filing year, e.g. 2021") String year,
        @Parameter(description = "IPC class or its beginning, e.g. G06N or G06N 3/08") String ipc,
        @Parameter(description = "Offered under an open licence", schema = @Schema(type = "boolean")) String open,
        @Parameter(description = "Text the title or abstract contains (at most 200 characters)") String q,
        @Parameter(description = "Order", schema = @Schema(allowableValues = { "newest", "oldest", "title", "number" },
                defaultValue = "newest")) String sort,
        @Parameter(description = "Page number from 0 (not with cursor)", schema = @Schema(type = "integer",
                minimum = "0", defaultValue = "0")) String page,
        @Parameter(description = "Filings per request, 1 to 100", schema = @Schema(type = "integer", minimum = "1",
                maximum = "100", defaultValue = "20")) String size,
        @Parameter(description = "Continue after the last filing of a previous answer: its nextCursor") String cursor) {

    static final int DEFAULT_SIZE = 20;

    static final int MAX_SIZE = 100;

    /**
     * The parameters understood.
     *
     * @param after where to continue, or {@code null} when asked by page
     * @param cursor the cursor as given, or {@code null}
     */
    record Parsed(FilingSearch search, int size, FilingKeyset after, String cursor) {
    }

    /**
     * Reads every parameter.
     *
     * @throws InvalidParametersException listing each parameter that could not be read
     */
    Parsed parse() {
        FilingSearch search = new FilingSearchForm(this.member, this.office, this.status, this.area, this.year,
                this.ipc, this.open, this.q, this.sort, this.page).toSearch();
        List<InvalidParameter> invalid = new ArrayList<>(
                search.ignored().stream().map(ignored -> invalid(ignored.param())).toList());
        int pageSize = size(invalid);
        String given = blank(this.cursor) ? null : this.cursor.strip();
        if (given != null && !blank(this.page)) {
            invalid.add(new InvalidParameter("page", "api.invalid.pageAndCursor"));
        }
        if (!invalid.isEmpty()) {
            throw new InvalidParametersException(invalid);
        }
        return new Parsed(search, pageSize, given == null ? null : FilingCursor.decode(given, search.sort()), given);
    }

    /** Refuses a member or area filter that the search ignored because no such member or area exists. */
    static void rejectUnknown(FilingSearch applied) {
        if (!applied.ignored().isEmpty()) {
            throw new InvalidParametersException(applied.ignored().stream().map(i -> invalid(i.param())).toList());
        }
    }

    private int size(List<InvalidParameter> invalid) {
        if (blank(this.size)) {
            return DEFAULT_SIZE;
        }
        String value = this.size.strip();
        if (value.matches("\\d{1,3}") && Integer.parseInt(value) >= 1 && Integer.parseInt(value) <= MAX_SIZE) {
            return Integer.parseInt(value);
        }
        invalid.add(new InvalidParameter("size", "api.invalid.range", 1, MAX_SIZE));
        return DEFAULT_SIZE;
    }

    /** Why the list page would have ignored this parameter, as the API says it. */
    private static InvalidParameter invalid(String param) {
        return switch (param) {
            case "member" -> new InvalidParameter(param, "api.invalid.member");
            case "area" -> new InvalidParameter(param, "api.invalid.area");
            case "office" -> new InvalidParameter(param, "api.invalid.choice", choices(PatentOffice.values()));
            case "status" -> new InvalidParameter(param, "api.invalid.choice", choices(LegalStatus.values()));
            case "sort" -> new InvalidParameter(param, "api.invalid.choice",
                    Arrays.stream(FilingSearch.Sort.values()).map(FilingSearch.Sort::param)
                        .collect(Collectors.joining(", ")));
            case "year" -> new InvalidParameter(param, "api.invalid.year");
            case "ipc" -> new InvalidParameter(param, "api.invalid.ipc");
            case "open" -> new InvalidParameter(param, "api.invalid.boolean");
            case "q" -> new InvalidParameter(param, "api.invalid.text");
            case "page" -> new InvalidParameter(param, "api.invalid.page");
            default -> new InvalidParameter(param, "api.invalid.value");
        };
    }

    private static String choices(Enum<?>[] values) {
        return Arrays.stream(values).map(Enum::name).collect(Collectors.joining(", "));
    }

    private static boolean blank(String value) {
        return value == null || value.isBlank();
    }

}
