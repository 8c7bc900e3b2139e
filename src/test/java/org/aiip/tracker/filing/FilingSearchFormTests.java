package org.aiip.tracker.filing;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class FilingSearchFormTests {

    @Test
    void readsEveryFilter() {
        FilingSearch search = new FilingSearchForm("baidu", "ep", "granted", "speech_recognition", "2019", "g06n",
                "true", "  neural  ", "title", "2").toSearch();

        assertThat(search.member()).isEqualTo("baidu");
        assertThat(search.office()).isEqualTo(PatentOffice.EP);
        assertThat(search.status()).isEqualTo(LegalStatus.GRANTED);
        assertThat(search.area()).isEqualTo("SPEECH_RECOGNITION");
        assertThat(search.year()).isEqualTo(2019);
        assertThat(search.ipc()).isEqualTo("G06N");
        assertThat(search.open()).isTrue();
        assertThat(search.q()).isEqualTo("neural");
        assertThat(search.sort()).isEqualTo(FilingSearch.Sort.TITLE);
        assertThat(search.page()).isEqualTo(2);
        assertThat(search.ignored()).isEmpty();
        assertThat(search.isFiltered()).isTrue();
    }

    @Test
    void blankValuesMeanAnyAndAreNotReported() {
        FilingSearch search = new FilingSearchForm("", " ", null, "", "", "", "", "", "", "").toSearch();

        assertThat(search.isFiltered()).isFalse();
        assertThat(search.sort()).isEqualTo(FilingSearch.Sort.NEWEST);
        assertThat(search.page()).isZero();
        assertThat(search.ignored()).isEmpty();
    }

    @Test
    void valuesThatCannotBeReadAreIgnoredAndListed() {
        FilingSearch search = new FilingSearchForm("Not A Slug!", "XX", "LOST", "no such area", "20x9", null,
                "yes", "x".repeat(201), "sideways", "-1").toSearch();

        assertThat(search.isFiltered()).isFalse();
        assertThat(search.ignored()).extracting(FilingSearch.Ignored::param)
            .containsExactly("member", "office", "status", "area", "year", "open", "q", "sort", "page");
        assertThat(search.ignored().get(6).value()).hasSize(41).endsWith("…");
    }

    @Test
    void pageUrlsKeepTheFiltersAndLeaveOutDefaults() {
        FilingSearch search = new FilingSearchForm("baidu", "CN", null, null, "2019", null, "false", "a&b c", "oldest",
                "3").toSearch();

        assertThat(search.pageUrl(0)).isEqualTo("/filings?member=baidu&office=CN&year=2019&open=false&q=a%26b%20c&sort=oldest");
        assertThat(search.pageUrl(4)).endsWith("&sort=oldest&page=4");
        assertThat(FilingSearch.all().pageUrl(0)).isEqualTo("/filings");
    }

}
