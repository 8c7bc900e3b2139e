package org.aiip.tracker.importing.internal;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Dates as export files write them: {@code 2019-06-25}, {@code 2019/06/25}, {@code 20190625}, and a
 * year alone ({@code 2019}) where only the year is known. A year is never read as a day.
 */
final class SourceDates {

    private static final Pattern DAY = Pattern.compile("(\\d{4})[-/.]?(\\d{2})[-/.]?(\\d{2})");

    private static final Pattern MONTH = Pattern.compile("(\\d{4})[-/.](\\d{2})");

    private static final Pattern YEAR = Pattern.compile("(\\d{4})");

    /** How much of a date the text gives. */
    enum Precision {
        DAY, MONTH, YEAR
    }

    /** A date and how much of it is known (the rest is the 1st, or 1 January). */
    record Parsed(LocalDate date, Precision precision) {

        boolean yearOnly() {
            return this.precision == Precision.YEAR;
        }

        boolean exact() {
            return this.precision == Precision.DAY;
        }

    }

    private SourceDates() {
    }

    /** The date, or null when the text is blank; throws when it is not a date. */
    static Parsed parse(String text) {
        if (text == null || text.isBlank()) {
            return null;
        }
        String value = text.strip();
        Matcher day = DAY.matcher(value);
        try {
            if (day.matches()) {
                return new Parsed(LocalDate.of(Integer.parseInt(day.group(1)), Integer.parseInt(day.group(2)),
                        Integer.parseInt(day.group(3))), Precision.DAY);
            }
            Matcher month = MONTH.matcher(value);
            if (month.matches()) {
                return new Parsed(LocalDate.of(Integer.parseInt(month.group(1)), Integer.parseInt(month.group(2)), 1),
                        Precision.MONTH);
            }
            if (YEAR.matcher(value).matches()) {
                return new Parsed(LocalDate.of(Integer.parseInt(value), 1, 1), Precision.YEAR);
            }
        }
        catch (DateTimeException ex) {
            throw new IllegalArgumentException(value, ex);
        }
        throw new IllegalArgumentException(value);
    }

}
