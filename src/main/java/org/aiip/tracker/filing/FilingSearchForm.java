package org.aiip.tracker.filing;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.Function;
import java.util.regex.Pattern;

/**
 * The query parameters of the filing list exactly as sent. Every value is text, so binding never
 * fails; {@link #toSearch()} keeps what it understands and lists the rest as ignored.
 */
public record FilingSearchForm(String member, String office, String status, String area, String year, String ipc,
        String open, String q, String sort, String page, String sample) {

    public FilingSearchForm(String member, String office, String status, String area, String year, String ipc,
            String open, String q, String sort, String page) {
        this(member, office, status, area, year, ipc, open, q, sort, page, null);
    }

    private static final Pattern SLUG = Pattern.compile("[a-z0-9-]{1,60}");

    private static final Pattern AREA_CODE = Pattern.compile("[A-Z0-9_]{1,40}");

    private static final Pattern YEAR = Pattern.compile("(19|20)\\d{2}");

    private static final Pattern PAGE = Pattern.compile("\\d{1,6}");

    /** Longest title text searched for; longer text is ignored rather than scanned for. */
    static final int MAX_QUERY_LENGTH = 200;

    /** Longest ignored value repeated on the page. */
    private static final int MAX_SHOWN = 40;

    /** Reads the parameters; blank means "any". */
    public FilingSearch toSearch() {
        List<FilingSearch.Ignored> ignored = new ArrayList<>();
        Parser p = new Parser(ignored);
        String memberSlug = p.read("member", this.member, v -> SLUG.matcher(v).matches() ? v : null);
        PatentOffice officeCode = p.read("office", this.office, v -> parseEnum(PatentOffice.class, v));
        LegalStatus legalStatus = p.read("status", this.status, v -> parseEnum(LegalStatus.class, v));
        String areaCode = p.read("area", this.area,
                v -> AREA_CODE.matcher(v.toUpperCase(Locale.ROOT)).matches() ? v.toUpperCase(Locale.ROOT) : null);
        Integer filingYear = p.read("year", this.year, v -> YEAR.matcher(v).matches() ? Integer.valueOf(v) : null);
        String ipcPrefix = p.read("ipc", this.ipc, IpcSymbol::normalisePrefix);
        Boolean openLicence = p.read("open", this.open, FilingSearchForm::parseBoolean);
        String title = p.read("q", this.q, v -> v.length() <= MAX_QUERY_LENGTH ? v : null);
        FilingSearch.Sort order = p.read("sort", this.sort, FilingSearchForm::parseSort);
        Integer pageNumber = p.read("page", this.page, v -> PAGE.matcher(v).matches() ? Integer.valueOf(v) : null);
        // real, sample or both ("both" is the same as leaving it out)
        Boolean sampleOnly = "both".equalsIgnoreCase(blankToNull(this.sample)) ? null
                : p.read("sample", this.sample, FilingSearchForm::parseSample);
        return new FilingSearch(memberSlug, officeCode, legalStatus, areaCode, filingYear, ipcPrefix, openLicence,
                title, order, pageNumber == null ? 0 : pageNumber, ignored, sampleOnly);
    }

    private static Boolean parseSample(String value) {
        return switch (value.toLowerCase(Locale.ROOT)) {
            case "sample" -> Boolean.TRUE;
            case "real" -> Boolean.FALSE;
            default -> null;
        };
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }

    private static <E extends Enum<E>> E parseEnum(Class<E> type, String value) {
        for (E constant : type.getEnumConstants()) {
            if (constant.name().equalsIgnoreCase(value)) {
                return constant;
            }
        }
        return null;
    }

    private static Boolean parseBoolean(String value) {
        return switch (value.toLowerCase(Locale.ROOT)) {
            case "true" -> Boolean.TRUE;
            case "false" -> Boolean.FALSE;
            default -> null;
        };
    }

    private static FilingSearch.Sort parseSort(String value) {
        for (FilingSearch.Sort sort : FilingSearch.Sort.values()) {
            if (sort.param().equals(value)) {
                return sort;
            }
        }
        return null;
    }

    /** Trims each value, treats blank as absent and records what could not be read. */
    private record Parser(List<FilingSearch.Ignored> ignored) {

        <T> T read(String name, String raw, Function<String, T> parse) {
            if (raw == null || raw.isBlank()) {
                return null;
            }
            String value = raw.strip();
            T parsed;
            try {
                parsed = parse.apply(value);
            }
            catch (IllegalArgumentException ex) {
                parsed = null;
            }
            if (parsed == null) {
                this.ignored.add(new FilingSearch.Ignored(name, shorten(value)));
            }
            return parsed;
        }

        private static String shorten(String value) {
            return value.length() <= MAX_SHOWN ? value : value.substring(0, MAX_SHOWN) + "…";
        }

    }

}
