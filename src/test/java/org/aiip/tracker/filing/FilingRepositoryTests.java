package org.aiip.tracker.filing;

import java.time.LocalDate;
import java.util.List;

import jakarta.persistence.EntityManager;

import org.aiip.tracker.Fixtures;
import org.aiip.tracker.member.MemberCompany;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.data.jpa.test.autoconfigure.DataJpaTest;
import org.springframework.context.annotation.Import;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The list queries on their own: the search engine's ids (visibility first, then each filter, IPC
 * prefixes and text taken literally), then the rows from the database by id.
 */
@DataJpaTest
@Import({ FilingIndex.class, FilingIndexer.class })
class FilingRepositoryTests {

    @Autowired
    private FilingRepository filings;

    @Autowired
    private FilingIndex index;

    @Autowired
    private EntityManager em;

    private Fixtures fixtures;

    private PatentFiling baiduPublished;

    private PatentFiling baiduSecret;

    private PatentFiling haierPublished;

    @BeforeEach
    void setUp() {
        this.fixtures = new Fixtures(this.em);
        this.baiduPublished = this.fixtures.publishedFiling("baidu", "Baidu public", LocalDate.of(2019, 5, 1));
        this.baiduSecret = this.fixtures.unpublishedFiling("baidu", "Baidu secret", LocalDate.of(2021, 5, 1));
        this.haierPublished = this.fixtures.publishedFiling("haier", "Haier public", LocalDate.of(2020, 5, 1));
    }

    @Test
    void publicSeesPublishedFilingsOnlyInRowsAndCount() {
        FilingSearch.Resolved all = FilingSearch.Resolved.none();

        assertThat(this.index.count(all, FilingVisibility.PUBLIC)).isEqualTo(2);
        assertThat(titles(all, FilingVisibility.PUBLIC)).containsExactly("Haier public", "Baidu public");
    }

    @Test
    void memberSeesItsOwnUnpublishedFilingsButNoOneElses() {
        Long baidu = this.fixtures.member("baidu").getId();
        Long haier = this.fixtures.member("haier").getId();

        assertThat(titles(FilingSearch.Resolved.none(), FilingVisibility.ofMember(baidu)))
            .containsExactly("Baidu secret", "Haier public", "Baidu public");
        assertThat(titles(FilingSearch.Resolved.none(), FilingVisibility.ofMember(haier)))
            .doesNotContain("Baidu secret");
        assertThat(this.index.count(FilingSearch.Resolved.none(), FilingVisibility.ALL)).isEqualTo(3);
    }

    @Test
    void applicantFilterAndOrderByTitle() {
        FilingSearch.Resolved baidu = new FilingSearch.Resolved(new FilingSearch(null, null, null, null, null, null,
                null, null, FilingSearch.Sort.TITLE, 0, List.of()), this.fixtures.member("baidu").getId(), null);

        assertThat(titles(baidu, FilingVisibility.ALL)).containsExactly("Baidu public", "Baidu secret");
        assertThat(this.index.count(baidu, FilingVisibility.PUBLIC)).isEqualTo(1);
    }

    @Test
    void ipcPrefixAndTitleTextMatchLiterally() {
        PatentFiling underscored = this.fixtures.filing("jd", "Model_v2 serving", LocalDate.of(2019, 6, 1),
                LegalStatus.PUBLISHED);
        underscored.setIpcSymbols(List.of(IpcSymbol.parse("G06F 16/90")));
        underscored.setPublicationNumber("CN120000001A");
        underscored.setPublicationDate(LocalDate.of(2021, 1, 1));
        this.fixtures.save(underscored);
        this.fixtures.publishedFiling("jd", "Modelxv2 serving", LocalDate.of(2019, 6, 2));

        assertThat(titles(criteria("G06F", null), FilingVisibility.PUBLIC)).containsExactly("Model_v2 serving");
        assertThat(titles(criteria("G06F 1", null), FilingVisibility.PUBLIC)).containsExactly("Model_v2 serving");
        assertThat(titles(criteria("G06F 2", null), FilingVisibility.PUBLIC)).isEmpty();
        assertThat(titles(criteria(null, "model_V2"), FilingVisibility.PUBLIC)).containsExactly("Model_v2 serving");
        assertThat(titles(criteria("G06N 3/", null), FilingVisibility.PUBLIC)).hasSize(3);
    }

    @Test
    void familyQueryLeavesOutTheFilingItselfAndWhatTheViewerMayNotSee() {
        this.baiduPublished.setFamilyKey("FAM-1");
        this.baiduSecret.setFamilyKey("FAM-1");
        this.haierPublished.setFamilyKey("FAM-1");
        this.em.flush();

        List<FilingListRow> family = this.filings.rowsOf(FilingIndex.ListHit.ids(
                this.index.family("FAM-1", this.baiduPublished.getId(), FilingVisibility.PUBLIC, 10)));

        assertThat(family).extracting(FilingListRow::title).containsExactly("Haier public");
    }

    @Test
    void lastPagesReadInReverseGiveTheSameRows() {
        List<Long> forward = pageIds(FilingSearch.Resolved.none(), FilingVisibility.ALL, 1, 2, false);
        List<Long> reversed = new java.util.ArrayList<>(
                pageIds(FilingSearch.Resolved.none(), FilingVisibility.ALL, 0, 2, true));
        java.util.Collections.reverse(reversed);

        assertThat(reversed).isEqualTo(forward);
    }

    @Test
    void pagesAreCutByOffsetAndLimit() {
        List<FilingListRow> second = this.filings
            .rowsOf(pageIds(FilingSearch.Resolved.none(), FilingVisibility.PUBLIC, 1, 1, false));

        assertThat(second).extracting(FilingListRow::title).containsExactly("Baidu public");
        assertThat(second.get(0).displayNumber()).isEqualTo(this.baiduPublished.getNumber().display());
    }

    private List<Long> pageIds(FilingSearch.Resolved criteria, FilingVisibility visibility, int offset, int limit,
            boolean reversed) {
        return FilingIndex.ListHit.ids(this.index.page(criteria, visibility, offset, limit, reversed).hits());
    }

    private static FilingSearch.Resolved criteria(String ipc, String title) {
        return new FilingSearch.Resolved(new FilingSearch(null, null, null, null, null, ipc, null, title,
                FilingSearch.Sort.NEWEST, 0, List.of()), null, null);
    }

    /** The detail page's one read: its lists come once each and in order, however many rows the joins make. */
    @Test
    void theDetailReadFetchesCoApplicantsIpcSymbolsAndPartiesOnceEachInOrder() {
        PatentFiling filing = this.haierPublished;
        filing.getCoApplicants().add(this.fixtures.member("baidu"));
        filing.getCoApplicants().add(this.fixtures.member("jd"));
        filing.setIpcSymbols(List.of(IpcSymbol.parse("G06N 3/08"), IpcSymbol.parse("F25D 29/00"),
                IpcSymbol.parse("G06F 40/30")));
        filing.getParties().add(new FilingParty(FilingParty.Role.APPLICANT, "Haier Smart Home Co., Ltd.",
                this.fixtures.member("haier").getId()));
        filing.getParties().add(new FilingParty(FilingParty.Role.OWNER, "Qingdao Haier Refrigerator Co., Ltd.", null));
        this.em.flush();
        this.em.clear(); // read from the database, not from what this test holds

        PatentFiling read = this.filings.findForDetail(filing.getId()).orElseThrow();
        this.em.clear(); // everything the page shows came with the one read: no lazy loading afterwards
        assertThat(read.getCoApplicants()).extracting(MemberCompany::getSlug).containsExactlyInAnyOrder("baidu", "jd");
        assertThat(read.getIpcSymbols()).containsExactly("G06N 3/08", "F25D 29/00", "G06F 40/30");
        assertThat(read.getParties()).extracting(FilingParty::getName)
            .containsExactly("Haier Smart Home Co., Ltd.", "Qingdao Haier Refrigerator Co., Ltd.");
    }

    private List<String> titles(FilingSearch.Resolved criteria, FilingVisibility visibility) {
        return this.filings.rowsOf(pageIds(criteria, visibility, 0, 20, false))
            .stream()
            .map(FilingListRow::title)
            .toList();
    }

}
