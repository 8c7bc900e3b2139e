package org.aiip.tracker.filing;

import java.util.Arrays;
import java.util.Map;

/**
 * How many filings of a list by date there are in all and on each filing day that has any ({@link FilingIndex#day},
 * the engine's count): where each page of the list begins and ends. Kept compact (two arrays, twelve bytes a day),
 * since a list over twenty years has about seven thousand days.
 */
final class FilingDays {

    private final long total;

    /** The filing days that have matches, earliest first. */
    private final int[] days;

    /** {@code upTo[i]}: the matches on {@code days[0]} to {@code days[i]}. */
    private final long[] upTo;

    private FilingDays(long total, int[] days, long[] upTo) {
        this.total = total;
        this.days = days;
        this.upTo = upTo;
    }

    /** From the engine's count per day and its total of matches. */
    static FilingDays of(long total, Map<Integer, Long> counts) {
        int[] days = counts.keySet().stream().mapToInt(Integer::intValue).sorted().toArray();
        long[] upTo = new long[days.length];
        long sum = 0;
        for (int i = 0; i < days.length; i++) {
            sum += counts.get(days[i]);
            upTo[i] = sum;
        }
        return new FilingDays(total, days, upTo);
    }

    long total() {
        return this.total;
    }

    /** How many days have matches: the weight of these counts in a cache. */
    int size() {
        return this.days.length;
    }

    /**
     * Whether the days add up to the total. They do not when the engine returned fewer days than the list has
     * (more than it counts at once) or counted filings without a filing date: then the days cannot place a page.
     */
    boolean complete() {
        return (this.days.length == 0) ? this.total == 0 : this.upTo[this.days.length - 1] == this.total;
    }

    /**
     * Where the rows {@code offset} to {@code offset + limit} of the list lie: the days that hold them and the
     * position of the first of them among the matches of those days, both in the list's order ({@code newest}
     * first or oldest first). Null when the offset is past the end.
     */
    Span span(long offset, int limit, boolean newest) {
        if (offset >= this.total || limit <= 0) {
            return null;
        }
        long end = Math.min(this.total, offset + limit);
        // The same rows as positions in the oldest-first order: from (inclusive) to until (exclusive).
        long from = newest ? this.total - end : offset;
        long until = newest ? this.total - offset : end;
        int first = dayHolding(from);
        int last = dayHolding(until - 1);
        long before = (first == 0) ? 0 : this.upTo[first - 1];
        long within = this.upTo[last] - before;
        long start = newest ? this.upTo[last] - until : from - before;
        return new Span(this.days[first], this.days[last], within, start, (int) (until - from));
    }

    /** The index of the day that holds the given position in the oldest-first order. */
    private int dayHolding(long position) {
        // The first day whose running count exceeds the position.
        int i = Arrays.binarySearch(this.upTo, position + 1);
        if (i < 0) {
            return -i - 1;
        }
        // Equal running counts cannot occur (every day has a match), so i is the day that reaches position + 1.
        return i;
    }

    /**
     * The days {@code fromDay} to {@code toDay} hold {@code within} matches; the page is {@code count} of them
     * from {@code start}, in the list's order.
     */
    record Span(int fromDay, int toDay, long within, long start, int count) {
    }

}
