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
 * A list filtered on a member or an area is read one of two ways on H2: off the date index, checking
 * each row's member (a member with many filings), or through the member's own index (few). Both must
 * give the same rows in the same order, on every page, and the year filter (a date range) the same
 * rows as the filing year.
 */
@SpringBootTest
@ActiveProfiles("test")
@Transactional
class FilingListPlanTests {

    @Autowired
    FilingService service;

    @Autowired
    FilingRepository repository;

    @Autowired
    EntityManager em;

    final List<PatentFiling> baidu = new ArrayList<>();

    final List<PatentFiling> jd = new ArrayList<>();

    @BeforeEach
    void setUp() {
        Fixtures fixtures = new Fixtures(this.em);
        // Baidu has most filings (several a day, so the id breaks ties), JD two, Haier the rest.
        for (int i = 0; i < 45; i++) {
            LocalDate day = LocalDate.of(2018, 6, 1).plusDays(i * 17L / 3);
            this.baidu.add(fixtures.publishedFiling("baidu", "Baidu " + i, day));
            if (i % 9 == 0) {
                fixtures.publishedFiling("haier", "Haier " + i, day);
            }
        }
        fixtures.unpublishedFiling("baidu", "Baidu secret", LocalDate.of(2019, 1, 1));
        this.jd.add(fixtures.publishedFiling("jd", "JD one", LocalDate.of(2019, 3, 1)));
        this.jd.add(fixtures.publishedFiling("jd", "JD two", LocalDate.of(2019, 3, 1)));
        this.em.flush();
    }

    @Test
    void everyPageOfALargeMembersListIsTheSameEitherWay() {
        FilingSearchCriteria criteria = criteria(member("baidu"), null, FilingSearch.Sort.NEWEST);
        for (int offset = 0; offset < 45; offset += 20) {
            List<String> byIndex = titles(this.repository.findMatching(criteria, FilingVisibility.PUBLIC, offset, 20,
                    false));
            assertThat(titles(this.repository.findMatching(criteria, FilingVisibility.PUBLIC, offset, 20, true)))
                .as("offset %d", offset).isNotEmpty().isEqualTo(byIndex);
            assertThat(titles(this.repository.findMatchingFromEnd(criteria, FilingVisibility.PUBLIC, offset, 20,
                    true))).isEqualTo(titles(this.repository.findMatchingFromEnd(criteria, FilingVisibility.PUBLIC,
                            offset, 20, false)));
        }
    }

    @Test
    void theListPagesShowAMembersFilingsNewestFirstOnceEach() {
        List<String> shown = new ArrayList<>();
        for (int page = 0; page < 3; page++) {
            FilingSearchResult result = this.service.search(search("baidu", null, FilingSearch.Sort.NEWEST, page),
                    FilingVisibility.PUBLIC);
            assertThat(result.total()).isEqualTo(45);
            shown.addAll(titles(result.rows()));
        }
        assertThat(shown).containsExactlyElementsOf(this.baidu.stream()
            .sorted(Comparator.comparing(PatentFiling::getFilingDate).thenComparing(PatentFiling::getId).reversed())
            .map(PatentFiling::getTitle)
            .toList());
        assertThat(titles(this.service.search(search("jd", null, FilingSearch.Sort.OLDEST, 0), FilingVisibility.PUBLIC)
            .rows())).containsExactly("JD one", "JD two");
    }

    @Test
    void theYearFilterIsTheYearOfTheFilingDate() {
        FilingSearchResult result = this.service.search(search("baidu", 2019, FilingSearch.Sort.OLDEST, 0),
                FilingVisibility.PUBLIC);
        List<String> expected = this.baidu.stream()
            .filter(f -> f.getFilingDate().getYear() == 2019)
            .sorted(Comparator.comparing(PatentFiling::getFilingDate).thenComparing(PatentFiling::getId))
            .map(PatentFiling::getTitle)
            .limit(20)
            .toList();
        assertThat(expected).isNotEmpty();
        assertThat(titles(result.rows())).containsExactlyElementsOf(expected);
        assertThat(result.rows()).allSatisfy(row -> assertThat(row.filingDate().getYear()).isEqualTo(2019));
    }

    private Long member(String slug) {
        return this.baidu.get(0).getApplicant().getSlug().equals(slug) ? this.baidu.get(0).getApplicant().getId()
                : this.jd.get(0).getApplicant().getId();
    }

    private static FilingSearchCriteria criteria(Long applicantId, Integer year, FilingSearch.Sort sort) {
        return new FilingSearchCriteria(applicantId, null, null, null, year, null, null, null, sort);
    }

    private static FilingSearch search(String member, Integer year, FilingSearch.Sort sort, int page) {
        return new FilingSearch(member, null, null, null, year, null, null, null, sort, page, List.of());
    }

    private static List<String> titles(List<FilingListRow> rows) {
        return rows.stream().map(FilingListRow::title).toList();
    }

}
