package org.aiip.tracker.api.internal;

import java.net.URLDecoder;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.Base64;
import java.util.List;

import org.aiip.tracker.api.internal.InvalidParametersException.InvalidParameter;
import org.aiip.tracker.filing.FilingKeyset;
import org.aiip.tracker.filing.FilingSearch;
import org.aiip.tracker.filing.PatentOffice;

/**
 * The opaque {@code cursor} of the filing list: the sort order and the last row's values in that
 * order, so that the next request continues just after it (keyset paging). Clients pass it on as
 * given; its form may change between versions of the tracker.
 */
final class FilingCursor {

    private static final String VERSION = "1";

    private static final String SEPARATOR = "|";

    private FilingCursor() {
    }

    /** The cursor that continues after this position of a list in this order. */
    static String encode(FilingSearch.Sort sort, FilingKeyset after) {
        List<String> key = switch (sort) {
            case NEWEST, OLDEST -> List.of(after.filingDate().toString());
            case TITLE -> List.of(after.title());
            case NUMBER -> List.of(after.office().name(), after.applicationNumber());
        };
        StringBuilder text = new StringBuilder(VERSION).append(SEPARATOR)
            .append(sort.param())
            .append(SEPARATOR)
            .append(after.id());
        key.forEach(part -> text.append(SEPARATOR).append(URLEncoder.encode(part, StandardCharsets.UTF_8)));
        return Base64.getUrlEncoder().withoutPadding().encodeToString(text.toString().getBytes(StandardCharsets.UTF_8));
    }

    /**
     * The position a cursor stands for.
     *
     * @throws InvalidParametersException if the cursor was not made by {@link #encode} or belongs to another order
     */
    static FilingKeyset decode(String cursor, FilingSearch.Sort sort) {
        try {
            String text = new String(Base64.getUrlDecoder().decode(cursor), StandardCharsets.UTF_8);
            String[] parts = text.split("\\" + SEPARATOR, -1);
            int keyParts = (sort == FilingSearch.Sort.NUMBER) ? 2 : 1;
            if (parts.length != 3 + keyParts || !parts[0].equals(VERSION) || !parts[1].equals(sort.param())) {
                throw invalid();
            }
            long id = Long.parseLong(parts[2]);
            String first = URLDecoder.decode(parts[3], StandardCharsets.UTF_8);
            return switch (sort) {
                case NEWEST, OLDEST -> new FilingKeyset(LocalDate.parse(first), null, null, null, id);
                case TITLE -> new FilingKeyset(null, first, null, null, id);
                case NUMBER -> new FilingKeyset(null, null, PatentOffice.valueOf(first),
                        URLDecoder.decode(parts[4], StandardCharsets.UTF_8), id);
            };
        }
        catch (RuntimeException ex) {
            // Base64, number, date and office errors alike: the cursor was not one of ours.
            throw (ex instanceof InvalidParametersException invalid) ? invalid : invalid();
        }
    }

    private static InvalidParametersException invalid() {
        return new InvalidParametersException(new InvalidParameter("cursor", "api.invalid.cursor"));
    }

}
