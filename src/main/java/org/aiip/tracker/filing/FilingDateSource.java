package org.aiip.tracker.filing;

/**
 * How much of a filing's date the sources tell. Lists sort and count by the stored date in every case;
 * the filing page says which it is, so that a date known to the year is never shown as a day.
 */
public enum FilingDateSource {

    /** The filing date itself. */
    FILED("day"),

    /** Only the month is known (a news page citing the register); the stored date is the 1st. */
    FILING_MONTH("month"),

    /** Only the year is known (a CN application number carries it); the stored date is 1 January. */
    FILING_YEAR("year"),

    /** The source gives no filing date (Espacenet's list does not); the earliest priority date stands in. */
    EARLIEST_PRIORITY("priority"),

    /**
     * Neither a filing nor a priority date is known: the year of the first publication, which a US or
     * WO publication number carries (US2020…, WO2018…), stands in; the stored date is 1 January.
     */
    PUBLICATION_YEAR("publication_year");

    private final String fileValue;

    FilingDateSource(String fileValue) {
        this.fileValue = fileValue;
    }

    /**
     * How the CSV and XLSX files write it, in their {@code filing_date_known} column: {@code day}, {@code month},
     * {@code year}, {@code priority} or {@code publication_year}.
     */
    public String fileValue() {
        return this.fileValue;
    }

    /** The source a file's {@code filing_date_known} cell names (any case, spaces as underscores), or null. */
    public static FilingDateSource fromFileValue(String value) {
        String wanted = value.strip().toLowerCase(java.util.Locale.ROOT).replace(' ', '_').replace('-', '_');
        for (FilingDateSource source : values()) {
            if (source.fileValue.equals(wanted)) {
                return source;
            }
        }
        return null;
    }

    /** Whether a date from this source tells more than one from {@code other}. */
    public boolean betterThan(FilingDateSource other) {
        return other == null || ordinal() < other.ordinal();
    }

}
