package org.aiip.tracker.filing;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

import jakarta.persistence.EntityManager;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.transaction.annotation.Transactional;

import org.aiip.tracker.Fixtures;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Walking the filing list page by page shows every visible filing once, in the chosen order, also
 * on the pages of the second half, which are read from the end of the list, and with the totals
 * summed from the counts table.
 */
@SpringBootTest
@ActiveProfiles("test")
@Transactional
class FilingListPagingTests {

    @Autowired
    FilingService service;

    @Autowired
    EntityManager em;

    List<PatentFiling> published = new ArrayList<>();

    @BeforeEach
    void fiftySevenFilingsManySharingADate() {
        Fixtures fixtures = new Fixtures(this.em);
        String[] members = { "baidu", "jd", "haier" };
        for (int i = 0; i < 57; i++) {
            // Every third filing shares its date with another, so that the id decides between them.
            LocalDate filed = LocalDate.of(2016 + i % 5, 1 + i % 12, 1 + (i / 3) % 28);
            String title = "Filing " + (char) ('A' + (i * 7) % 26) + " " + i;
            if (i % 10 == 9) {
                fixtures.unpublishedFiling(members[i % 3], title, filed);
            }
            else {
                this.published.add(fixtures.publishedFiling(members[i % 3], title, filed));
            }
        }
    }

    @Test
    void everyPageInEveryOrderShowsEachVisibleFilingOnceInOrder() {
        Comparator<PatentFiling> byDate = Comparator.comparing(PatentFiling::getFilingDate)
            .thenComparing(PatentFiling::getId);
        assertThat(walk(FilingSearch.Sort.NEWEST)).containsExactlyElementsOf(ids(byDate.reversed()));
        assertThat(walk(FilingSearch.Sort.OLDEST)).containsExactlyElementsOf(ids(byDate));
        assertThat(walk(FilingSearch.Sort.TITLE))
            .containsExactlyElementsOf(ids(Comparator.comparing(PatentFiling::getTitle).thenComparing(PatentFiling::getId)));
    }

    @Test
    void everyPageOfAYearShowsItsFilingsOnceInOrder() {
        Comparator<PatentFiling> byDate = Comparator.comparing(PatentFiling::getFilingDate)
            .thenComparing(PatentFiling::getId);
        FilingSearch in2018 = new FilingSearch(null, null, null, null, 2018, null, null, null,
                FilingSearch.Sort.NEWEST, 0, List.of());
        List<Long> expected = this.published.stream()
            .filter(f -> f.getFilingDate().getYear() == 2018)
            .sorted(byDate.reversed())
            .map(PatentFiling::getId)
            .toList();
        // Pages of 3, so that the year's filings span pages and months.
        assertThat(walk(in2018, expected.size(), 3)).containsExactlyElementsOf(expected);
    }

    @Test
    void theTotalAndTheLastPageFollowTheFilters() {
        FilingSearch jd2019 = new FilingSearch("jd", null, null, null, 2019, null, null, null, FilingSearch.Sort.NEWEST,
                99, List.of());
        FilingSearchResult result = this.service.search(jd2019, FilingVisibility.PUBLIC);

        List<PatentFiling> expected = this.published.stream()
            .filter(f -> f.getApplicant().getSlug().equals("jd") && f.getFilingDate().getYear() == 2019)
            .toList();
        assertThat(result.total()).isEqualTo(expected.size());
        assertThat(result.page()).isZero();
        assertThat(result.rows()).extracting(FilingListRow::id)
            .containsExactlyInAnyOrderElementsOf(expected.stream().map(PatentFiling::getId).toList());
    }

    @Test
    void aListByDateShowsFilingsAddedAndRemovedAfterItsPagesWereRead() {
        Comparator<PatentFiling> byDate = Comparator.comparing(PatentFiling::getFilingDate)
            .thenComparing(PatentFiling::getId);
        walk(FilingSearch.Sort.NEWEST);
        walk(FilingSearch.Sort.OLDEST);

        // A filing in the newest month, one in the oldest and one in between; then one of the first removed.
        Fixtures fixtures = new Fixtures(this.em);
        this.published.add(fixtures.publishedFiling("jd", "Added newest", LocalDate.of(2020, 12, 30)));
        this.published.add(fixtures.publishedFiling("jd", "Added oldest", LocalDate.of(2016, 1, 1)));
        this.published.add(fixtures.publishedFiling("haier", "Added between", LocalDate.of(2018, 6, 15)));
        PatentFiling removed = this.published.remove(0);
        this.em.remove(removed);

        assertThat(walk(FilingSearch.Sort.NEWEST)).containsExactlyElementsOf(ids(byDate.reversed()))
            .doesNotContain(removed.getId());
        assertThat(walk(FilingSearch.Sort.OLDEST)).containsExactlyElementsOf(ids(byDate));
    }

    private List<Long> walk(FilingSearch.Sort sort) {
        FilingSearch search = new FilingSearch(null, null, null, null, null, null, null, null, sort, 0, List.of());
        return walk(search, this.published.size(), FilingService.PAGE_SIZE);
    }

    private List<Long> walk(FilingSearch search, int total, int pageSize) {
        List<Long> seen = new ArrayList<>();
        FilingSearchResult first = this.service.search(search, FilingVisibility.PUBLIC, pageSize);
        assertThat(first.total()).isEqualTo(total);
        for (int page = 0; page <= first.lastPage(); page++) {
            FilingSearchResult result = this.service.search(search.withPage(page), FilingVisibility.PUBLIC,
                    pageSize);
            assertThat(result.page()).isEqualTo(page);
            result.rows().forEach(row -> seen.add(row.id()));
        }
        return seen;
    }

    private List<Long> ids(Comparator<PatentFiling> order) {
        return this.published.stream().sorted(order).map(PatentFiling::getId).toList();
    }

}
