package org.aiip.tracker.asof.internal;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;

/**
 * A day the record is shown as of: the record as it stood at the end of that day, UTC. Parsed from the
 * {@code asOf} parameter, which must be a real date written YYYY-MM-DD, no later than today and no
 * earlier than {@link #EARLIEST}.
 */
record AsOf(LocalDate day) {

    /** Nothing before this year can be on record: the initiative was published in April 2020. */
    public static final LocalDate EARLIEST = LocalDate.of(2000, 1, 1);

    public static AsOf parse(String text, LocalDate today) {
        String value = text == null ? "" : text.strip();
        LocalDate day;
        try {
            if (!value.matches("\\d{4}-\\d{2}-\\d{2}")) {
                throw new InvalidAsOfException(value, InvalidAsOfException.Reason.FORMAT);
            }
            day = LocalDate.parse(value);
        }
        catch (DateTimeParseException ex) {
            throw new InvalidAsOfException(value, InvalidAsOfException.Reason.FORMAT);
        }
        if (day.isAfter(today)) {
            throw new InvalidAsOfException(value, InvalidAsOfException.Reason.FUTURE);
        }
        if (day.isBefore(EARLIEST)) {
            throw new InvalidAsOfException(value, InvalidAsOfException.Reason.TOO_EARLY);
        }
        return new AsOf(day);
    }

    public static AsOf parse(String text) {
        return parse(text, LocalDate.now(ZoneOffset.UTC));
    }

    /** The first moment after the day (UTC): changes at or after it are not part of the view. */
    public Instant cutoff() {
        return this.day.plusDays(1).atStartOfDay(ZoneOffset.UTC).toInstant();
    }

    /** Whether the moment was on or before the end of the day. */
    public boolean includes(Instant moment) {
        return moment != null && moment.isBefore(cutoff());
    }

    @Override
    public String toString() {
        return this.day.toString();
    }

}
