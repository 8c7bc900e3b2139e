package org.aiip.tracker.filing;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.TreeMap;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Where a page of a list by date lies among its days: every page of lists with random counts per day, in both
 * orders and with several page sizes, against the list written out row by row.
 */
class FilingDaysTests {

    @Test
    void everyPageLiesOnTheDaysThatHoldItsRows() {
        Random random = new Random(20200420);
        for (int list = 0; list < 200; list++) {
            Map<Integer, Long> counts = new TreeMap<>();
            int days = 1 + random.nextInt(30);
            int day = 18_000 + random.nextInt(100);
            for (int i = 0; i < days; i++) {
                day += 1 + random.nextInt(5);
                counts.put(day, 1L + random.nextInt((i % 3 == 0) ? 40 : 4));
            }
            long total = counts.values().stream().mapToLong(Long::longValue).sum();
            FilingDays filingDays = FilingDays.of(total, counts);
            assertThat(filingDays.complete()).isTrue();
            assertThat(filingDays.size()).isEqualTo(counts.size());
            for (int pageSize : new int[] { 1, 3, 25 }) {
                for (boolean newest : new boolean[] { true, false }) {
                    assertPagesOf(counts, filingDays, pageSize, newest);
                }
            }
        }
    }

    @Test
    void daysThatDoNotAddUpToTheTotalCannotPlaceAPage() {
        assertThat(FilingDays.of(10, Map.of(19_000, 4L, 19_001, 5L)).complete()).isFalse();
        assertThat(FilingDays.of(0, Map.of()).complete()).isTrue();
        assertThat(FilingDays.of(3, Map.of()).complete()).isFalse();
    }

    @Test
    void aPagePastTheEndHasNoDays() {
        FilingDays days = FilingDays.of(5, Map.of(19_000, 2L, 19_003, 3L));
        assertThat(days.span(5, 25, true)).isNull();
        assertThat(days.span(7, 25, false)).isNull();
        assertThat(days.span(0, 25, true)).isEqualTo(new FilingDays.Span(19_000, 19_003, 5, 0, 5));
    }

    /** Checks each page's days and position against the list's rows: (day, number within the day). */
    private static void assertPagesOf(Map<Integer, Long> counts, FilingDays days, int pageSize, boolean newest) {
        List<int[]> rows = new ArrayList<>();
        counts.forEach((day, n) -> {
            for (int i = 0; i < n; i++) {
                rows.add(new int[] { day, i });
            }
        });
        if (newest) {
            Collections.reverse(rows);
        }
        for (int offset = 0; offset < rows.size(); offset += pageSize) {
            List<int[]> page = rows.subList(offset, Math.min(rows.size(), offset + pageSize));
            FilingDays.Span span = days.span(offset, pageSize, newest);
            int from = Math.min(page.get(0)[0], page.get(page.size() - 1)[0]);
            int to = Math.max(page.get(0)[0], page.get(page.size() - 1)[0]);
            assertThat(span.fromDay()).isEqualTo(from);
            assertThat(span.toDay()).isEqualTo(to);
            assertThat(span.count()).isEqualTo(page.size());
            // The rows of those days in the list's order: the page is the span's rows from its start.
            List<int[]> ofDays = rows.stream().filter(r -> r[0] >= from && r[0] <= to).toList();
            assertThat(span.within()).isEqualTo(ofDays.size());
            assertThat(ofDays.subList((int) span.start(), (int) span.start() + span.count())).isEqualTo(page);
        }
    }

}
