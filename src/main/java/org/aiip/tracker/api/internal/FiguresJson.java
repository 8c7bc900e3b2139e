package org.aiip.tracker.api.internal;

import java.util.List;

import org.aiip.tracker.filing.FilingStatistics;
import org.aiip.tracker.filing.LegalStatus;
import org.aiip.tracker.filing.PatentOffice;

/** Filing figures as the API shows them: counts of the filings the caller may see. */
final class FiguresJson {

    private FiguresJson() {
    }

    /**
     * The headline figures.
     *
     * @param pending filed, published or under examination
     * @param openLicence offered under an open licence
     */
    record Totals(long total, long granted, long pending, long openLicence) {

        static Totals of(FilingStatistics.Totals totals) {
            return new Totals(totals.total(), totals.granted(), totals.pending(), totals.openLicence());
        }

    }

    record YearCount(int year, long count) {

        static List<YearCount> of(List<FilingStatistics.YearCount> counts) {
            return counts.stream().map(c -> new YearCount(c.year(), c.count())).toList();
        }

    }

    record OfficeCount(PatentOffice office, long count) {

        static List<OfficeCount> of(List<FilingStatistics.OfficeCount> counts) {
            return counts.stream().map(c -> new OfficeCount(c.office(), c.count())).toList();
        }

    }

    record AreaCount(String code, Names name, long count) {

        static List<AreaCount> of(List<FilingStatistics.AreaCount> counts) {
            return counts.stream()
                .map(c -> new AreaCount(c.area().getCode(),
                        Names.of(c.area().getNameEn(), c.area().getNameZh(), c.area().getNameKo()), c.count()))
                .toList();
        }

    }

    record StatusCount(LegalStatus status, long count) {

        static List<StatusCount> of(List<FilingStatistics.StatusCount> counts) {
            return counts.stream().map(c -> new StatusCount(c.status(), c.count())).toList();
        }

    }

}
