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

    private List<Long> walk(FilingSearch.Sort sort) {
        List<Long> seen = new ArrayList<>();
        FilingSearch search = new FilingSearch(null, null, null, null, null, null, null, null, sort, 0, List.of());
        FilingSearchResult first = this.service.search(search, FilingVisibility.PUBLIC);
        assertThat(first.total()).isEqualTo(this.published.size());
        for (int page = 0; page <= first.lastPage(); page++) {
            FilingSearchResult result = this.service.search(search.withPage(page), FilingVisibility.PUBLIC);
            assertThat(result.page()).isEqualTo(page);
            result.rows().forEach(row -> seen.add(row.id()));
        }
        return seen;
    }

    private List<Long> ids(Comparator<PatentFiling> order) {
        return this.published.stream().sorted(order).map(PatentFiling::getId).toList();
    }

}
