package org.aiip.tracker.system;

import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.temporal.Temporal;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;

/**
 * Dates as people read them in the page's language, for templates: {@code ${@dates.date(f.filingDate)}}.
 * The patterns are messages ({@code date.format}, {@code date.month.format}, {@code datetime.format},
 * {@code datetime.seconds.format}) so that each language writes dates its own way (2020-04-20,
 * 2020. 4. 20., 2020年4月20日). Times are shown in UTC, as the pages say. A null date gives null, so
 * {@code ${@dates.date(x)} ?: #{common.notGiven}} works. Form fields keep ISO values; this is only for display.
 */
@Component("dates")
public class DateFormats {

    private final MessageSource messages;

    private static final int MAX_FORMATTERS = 64;

    /** The formatters made so far, by pattern and language: a list page formats a date on every row. */
    private final Map<Pattern, DateTimeFormatter> formatters = new ConcurrentHashMap<>();

    DateFormats(MessageSource messages) {
        this.messages = messages;
    }

    /** A day, e.g. 2020-04-20 in English, 2020. 4. 20. in Korean, 2020年4月20日 in Chinese. */
    public String date(LocalDate date) {
        return format(date, "date.format");
    }

    /**
     * A date known only as precisely as {@code precision} says: {@code DAY}, {@code MONTH} or {@code YEAR}
     * (the names of the agreements' date precision).
     */
    public String date(LocalDate date, Object precision) {
        return switch (String.valueOf(precision)) {
            case "MONTH" -> format(date, "date.month.format");
            case "YEAR" -> date == null ? null : String.valueOf(date.getYear());
            default -> date(date);
        };
    }

    /** A moment to the minute, in UTC. */
    public String dateTime(Temporal moment) {
        return format(utc(moment), "datetime.format");
    }

    /** A moment to the second, in UTC (the audit log). */
    public String dateTimeSeconds(Temporal moment) {
        return format(utc(moment), "datetime.seconds.format");
    }

    private String format(Temporal value, String patternKey) {
        if (value == null) {
            return null;
        }
        Locale locale = LocaleContextHolder.getLocale();
        String pattern = this.messages.getMessage(patternKey, null, "yyyy-MM-dd", locale);
        Pattern key = new Pattern(pattern, locale);
        DateTimeFormatter formatter = this.formatters.get(key);
        if (formatter == null) {
            formatter = DateTimeFormatter.ofPattern(pattern, locale);
            if (this.formatters.size() < MAX_FORMATTERS) { // a few patterns in three languages; never unbounded
                this.formatters.put(key, formatter);
            }
        }
        return formatter.format(value);
    }

    private record Pattern(String pattern, Locale locale) {
    }

    private static Temporal utc(Temporal moment) {
        if (moment instanceof Instant instant) {
            return instant.atZone(ZoneOffset.UTC);
        }
        if (moment instanceof OffsetDateTime offset) {
            return offset.atZoneSameInstant(ZoneOffset.UTC);
        }
        if (moment instanceof ZonedDateTime zoned) {
            return zoned.withZoneSameInstant(ZoneOffset.UTC);
        }
        return moment;
    }

}
