package org.aiip.tracker.filing;

import java.net.URI;
import java.time.LocalDate;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import jakarta.persistence.EntityManager;

import org.aiip.tracker.Fixtures;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.transaction.annotation.Transactional;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/** The public filing list and detail pages, on the real (H2) database with data made by the test. */
@SpringBootTest
@AutoConfigureMockMvc
@ActiveProfiles("test")
@Transactional
class FilingPagesTests {

    private static final Pattern ROW = Pattern.compile("<tr>\\s*<th scope=\"row\"");

    @Autowired
    private MockMvc mvc;

    @Autowired
    private EntityManager em;

    private Fixtures fixtures;

    private FilingTestData data;

    @BeforeEach
    void setUp() {
        this.fixtures = new Fixtures(this.em);
        this.data = new FilingTestData(this.fixtures);
    }

    @Test
    void theListShowsRealFilingsTheSyntheticSampleOrBothAndKeepsTheChoiceInItsLinks() throws Exception {
        this.fixtures.publishedFiling("baidu", "Real speech model", LocalDate.of(2019, 3, 1));
        PatentFiling invented = this.fixtures.publishedFiling("baidu", "Invented sample vision", LocalDate.of(2019, 4, 1));
        invented.markSample();
        this.em.flush();

        assertThat(page("/filings?sample=real")).contains("Real speech model").doesNotContain("Invented sample vision");
        String sampleOnly = page("/filings?sample=sample&sort=title");
        assertThat(sampleOnly).contains("Invented sample vision").doesNotContain("Real speech model")
            // the column headings and the downloads keep the choice
            .contains("/filings/export.csv?sample=sample&amp;sort=title", "href=\"/filings?sample=sample&amp;sort=number\"");
        assertThat(page("/filings?sample=both")).contains("Real speech model", "Invented sample vision");
        assertThat(page("/filings")).contains("Real speech model", "Invented sample vision");
        // no badge on every row: the filter says it once
        assertThat(page("/filings")).doesNotContain("badge text-bg-warning");
    }

    @Test
    void listShowsPublishedFilingsWithTheirDisplayNumbersAndHidesUnpublishedOnes() throws Exception {
        PatentFiling published = this.fixtures.publishedFiling("baidu", "Speech model training", LocalDate.of(2019, 3, 1));
        this.fixtures.unpublishedFiling("baidu", "Secret battery invention", LocalDate.of(2021, 3, 1));

        String html = page("/filings");

        assertThat(published.getNumber().display()).isNotEqualTo(published.getApplicationNumber()).contains(".");
        assertThat(html).contains("Speech model training")
            .contains(">" + published.getNumber().display() + "</a>")
            .doesNotContain(published.getApplicationNumber())
            .contains("href=\"/filings/" + published.getId() + "\"")
            .contains("Baidu")
            .contains("2019-03-01")
            .contains("1 filing matches")
            .doesNotContain("Secret battery invention");
        assertThat(rows(html)).isEqualTo(1);
    }

    @Test
    void listShowsNamesInThePageLanguage() throws Exception {
        this.fixtures.publishedFiling("baidu", "Speech model training", LocalDate.of(2019, 3, 1));

        String html = page("/filings?lang=zh");

        assertThat(html).contains("百度").contains("深度学习");
    }

    @Test
    void memberFilterShowsOnlyThatApplicantsFilings() throws Exception {
        this.fixtures.publishedFiling("baidu", "Baidu invention", LocalDate.of(2019, 3, 1));
        this.fixtures.publishedFiling("haier", "Haier invention", LocalDate.of(2019, 3, 1));

        String html = page("/filings?member=haier");

        assertThat(html).contains("Haier invention").doesNotContain("Baidu invention");
        assertThat(html).containsPattern("<option value=\"haier\" selected=\"selected\">");
    }

    @Test
    void officeFilterShowsOnlyThatOfficesFilings() throws Exception {
        this.fixtures.publishedFiling("baidu", "Chinese filing", LocalDate.of(2019, 3, 1));
        this.fixtures.save(this.data.published(FilingTestData.epNumber("19123456"), "baidu", "European filing",
                LocalDate.of(2019, 4, 1)));

        String html = page("/filings?office=EP");

        assertThat(html).contains("European filing").doesNotContain("Chinese filing")
            .contains(">19123456." + ApplicationNumber.epCheckDigit("19123456") + "</a>");
        assertThat(html).contains("<option value=\"EP\" selected=\"selected\">");
    }

    @Test
    void statusFilterShowsOnlyFilingsInThatStatus() throws Exception {
        PatentFiling granted = this.fixtures.filing("baidu", "Granted filing", LocalDate.of(2018, 1, 5),
                LegalStatus.GRANTED);
        granted.setPublicationNumber("CN100000001A");
        granted.setPublicationDate(LocalDate.of(2019, 7, 5));
        granted.setGrantNumber("CN100000001B");
        granted.setGrantDate(LocalDate.of(2021, 1, 5));
        this.fixtures.save(granted);
        this.fixtures.publishedFiling("baidu", "Pending filing", LocalDate.of(2019, 3, 1));

        String html = page("/filings?status=GRANTED");

        assertThat(html).contains("Granted filing").doesNotContain("Pending filing");
    }

    @Test
    void areaFilterShowsOnlyThatTechnologyArea() throws Exception {
        this.data.inArea("SPEECH_RECOGNITION", "Speech filing", "G10L 15/22");
        this.data.inArea("COMPUTER_VISION", "Vision filing", "G06V 10/82");

        String html = page("/filings?area=SPEECH_RECOGNITION");

        assertThat(html).contains("Speech filing").doesNotContain("Vision filing");
    }

    @Test
    void yearFilterUsesTheFilingYear() throws Exception {
        this.fixtures.publishedFiling("baidu", "Filed in 2018", LocalDate.of(2018, 12, 31));
        this.fixtures.publishedFiling("baidu", "Filed in 2019", LocalDate.of(2019, 1, 1));

        String html = page("/filings?year=2019");

        assertThat(html).contains("Filed in 2019").doesNotContain("Filed in 2018");
        assertThat(html).contains("value=\"2019\"");
    }

    @Test
    void ipcFilterMatchesFilingsWithASymbolStartingWithThePrefix() throws Exception {
        this.data.inArea("DEEP_LEARNING", "Neural network filing", "G06N 3/08");
        this.data.inArea("SPEECH_RECOGNITION", "Speech and network filing", "G10L 15/16", "G06N 3/04");
        this.data.inArea("COMPUTER_VISION", "Vision filing", "G06V 10/82");

        String html = page("/filings?ipc=g06n");

        assertThat(html).contains("Neural network filing").contains("Speech and network filing")
            .doesNotContain("Vision filing");
        assertThat(page("/filings?ipc=G10L")).contains("Speech and network filing")
            .doesNotContain("Neural network filing");
    }

    @Test
    void openLicenceFilterShowsOnlyFilingsOfferedForLicence() throws Exception {
        PatentFiling open = this.fixtures.filing("baidu", "Licensable filing", LocalDate.of(2019, 3, 1),
                LegalStatus.PUBLISHED);
        open.setPublicationNumber("CN100000002A");
        open.setPublicationDate(LocalDate.of(2020, 9, 1));
        open.setOpenLicence(true);
        this.fixtures.save(open);
        this.fixtures.publishedFiling("baidu", "Closed filing", LocalDate.of(2019, 3, 1));

        assertThat(page("/filings?open=true")).contains("Licensable filing").doesNotContain("Closed filing");
        assertThat(page("/filings?open=false")).contains("Closed filing").doesNotContain("Licensable filing");
    }

    @Test
    void titleSearchIgnoresCaseAndMatchesWordsWithinTheTitleOrTheirBeginningsWithAStar() throws Exception {
        this.fixtures.publishedFiling("baidu", "Method for Speech Recognition", LocalDate.of(2019, 3, 1));
        this.fixtures.publishedFiling("baidu", "Image classifier", LocalDate.of(2019, 3, 1));

        assertThat(page("/filings?q=speech%20RECOGNITION")).contains("Method for Speech Recognition")
            .doesNotContain("Image classifier");
        assertThat(page("/filings?q=speech%20REC*")).contains("Method for Speech Recognition")
            .doesNotContain("Image classifier");
        assertThat(page("/filings?q=speech%20REC")).doesNotContain("Method for Speech Recognition");
    }

    @Test
    void titleSearchTreatsWildcardsAsText() throws Exception {
        this.fixtures.publishedFiling("baidu", "Accuracy of 100% recall", LocalDate.of(2019, 3, 1));
        this.fixtures.publishedFiling("baidu", "Accuracy of 1000 models", LocalDate.of(2019, 3, 1));

        String html = page("/filings?q=100%25");

        assertThat(html).contains("Accuracy of 100% recall").doesNotContain("Accuracy of 1000 models");
    }

    @Test
    void filtersCombine() throws Exception {
        this.fixtures.publishedFiling("baidu", "Baidu 2019", LocalDate.of(2019, 3, 1));
        this.fixtures.publishedFiling("baidu", "Baidu 2020", LocalDate.of(2020, 3, 1));
        this.fixtures.publishedFiling("haier", "Haier 2019", LocalDate.of(2019, 3, 1));

        String html = page("/filings?member=baidu&year=2019&office=CN");

        assertThat(html).contains("Baidu 2019").doesNotContain("Baidu 2020").doesNotContain("Haier 2019");
    }

    @Test
    void countAndFiltersNeverIncludeUnpublishedFilings() throws Exception {
        this.fixtures.publishedFiling("haier", "Public Haier filing", LocalDate.of(2019, 3, 1));
        this.fixtures.unpublishedFiling("haier", "Confidential Haier filing", LocalDate.of(2019, 3, 1));

        String html = page("/filings?member=haier&year=2019&q=haier");

        assertThat(html).contains("1 filing matches").doesNotContain("Confidential Haier filing");
    }

    @Test
    void invalidFilterValuesAreIgnoredWithANote() throws Exception {
        this.fixtures.publishedFiling("baidu", "Some filing", LocalDate.of(2019, 3, 1));

        String html = page("/filings?year=twenty&office=XX&member=nobody&area=NOPE&status=LOST&open=maybe"
                + "&sort=random&page=-3&ipc=%25%25");

        assertThat(html).contains("Some filing")
            .contains("The Filing year filter value &quot;twenty&quot; was not understood and is ignored.")
            .contains("The Office filter value &quot;XX&quot;")
            .contains("The Applicant filter value &quot;nobody&quot;")
            .contains("The Technology area filter value &quot;NOPE&quot;")
            .contains("The Legal status filter value &quot;LOST&quot;")
            .contains("The Open licence filter value &quot;maybe&quot;")
            .contains("The Order filter value &quot;random&quot;")
            .contains("The Page filter value &quot;-3&quot;")
            .contains("The IPC class filter value &quot;%%&quot;");
    }

    @Test
    void secondPageShowsTheRemainingRowsAndLinksKeepTheFilters() throws Exception {
        for (int i = 0; i < 25; i++) {
            this.fixtures.publishedFiling("baidu", "Numbered filing " + i, LocalDate.of(2019, 1, 1).plusDays(i));
        }
        this.fixtures.publishedFiling("haier", "Other applicant", LocalDate.of(2019, 6, 1));

        String first = page("/filings?member=baidu&year=2019");
        String second = page("/filings?member=baidu&year=2019&page=1");

        assertThat(rows(first)).isEqualTo(20);
        assertThat(first).contains("25 filings match").contains("Numbered filing 24")
            .contains("href=\"/filings?member=baidu&amp;year=2019&amp;page=1\"");
        assertThat(rows(second)).isEqualTo(5);
        assertThat(second).contains("Numbered filing 0").doesNotContain("Numbered filing 24")
            .contains("Showing 21–25 of 25.")
            .contains("href=\"/filings?member=baidu&amp;year=2019\"")
            .doesNotContain("Other applicant");
    }

    @Test
    void aPagePastTheEndShowsTheLastPage() throws Exception {
        this.fixtures.publishedFiling("baidu", "Only filing", LocalDate.of(2019, 3, 1));

        assertThat(page("/filings?page=999")).contains("Only filing");
    }

    @Test
    void sortByTitleOrdersAlphabetically() throws Exception {
        this.fixtures.publishedFiling("baidu", "Zebra crossing detector", LocalDate.of(2020, 3, 1));
        this.fixtures.publishedFiling("baidu", "Apple picker", LocalDate.of(2019, 3, 1));

        String html = page("/filings?sort=title");

        assertThat(html.indexOf("Apple picker")).isLessThan(html.indexOf("Zebra crossing detector"));
        assertThat(page("/filings").indexOf("Zebra crossing detector")).isLessThan(
                page("/filings").indexOf("Apple picker"));
    }

    @Test
    void detailShowsEveryField() throws Exception {
        PatentFiling filing = this.fixtures.filing("baidu", "Temperature screening with infrared cameras",
                LocalDate.of(2018, 2, 3), LegalStatus.GRANTED);
        filing.setAbstractText("A system measures body temperature of people walking past a camera.");
        filing.setPriorityDate(LocalDate.of(2017, 9, 8));
        filing.setPublicationNumber("CN108123456A");
        filing.setPublicationDate(LocalDate.of(2019, 8, 9));
        filing.setGrantNumber("CN108123456B");
        filing.setGrantDate(LocalDate.of(2021, 4, 5));
        filing.setTechnologyArea(this.fixtures.area("BODY_TEMPERATURE"));
        filing.setIpcSymbols(List.of(IpcSymbol.parse("G01J 5/00"), IpcSymbol.parse("G06N 3/08")));
        filing.setOpenLicence(true);
        filing.setLicenceTerms("Royalty-free for hospitals during the pandemic");
        filing.setFamilyKey("FAM-TEMP-1");
        filing.getCoApplicants().add(this.fixtures.member("haier"));
        filing.markSample();
        this.fixtures.save(filing);

        String html = page("/filings/" + filing.getId());

        assertThat(html).contains("<h1 class=\"title-long\">Temperature screening with infrared cameras</h1>")
            .contains("China (CNIPA)")
            .contains(filing.getNumber().display())
            .contains("href=\"/members/baidu\"")
            .contains("href=\"/members/haier\"")
            .contains("A system measures body temperature")
            .contains("2018-02-03")
            .contains("2017-09-08")
            .contains("CN108123456A")
            .contains("2019-08-09")
            .contains("CN108123456B")
            .contains("2021-04-05")
            .contains("Granted")
            .contains("AI body-temperature measurement")
            .contains("G01J 5/00")
            .contains("G06N 3/08")
            .contains("Offered")
            .contains("Royalty-free for hospitals during the pandemic")
            .contains("FAM-TEMP-1")
            .contains(">sample</span>");
    }

    @Test
    void detailLinksToPublicRegisters() throws Exception {
        PatentFiling filing = this.fixtures.save(this.data.published(FilingTestData.epNumber("19123456"), "baidu",
                "European filing", LocalDate.of(2019, 4, 1)));

        String html = page("/filings/" + filing.getId());

        String publication = filing.getPublicationNumber();
        assertThat(html)
            .contains("<a href=\"https://patents.google.com/patent/" + publication
                    + "\" rel=\"noopener noreferrer external\">Google Patents</a>")
            .contains("href=\"https://worldwide.espacenet.com/patent/search?q=pn%3D" + publication + "\"")
            .contains("href=\"https://register.epo.org/application?number=EP19123456\"");
    }

    @Test
    void detailListsTheVisibleFilingsOfTheSameFamily() throws Exception {
        PatentFiling cn = this.fixtures.filing("baidu", "Family member in China", LocalDate.of(2019, 1, 10),
                LegalStatus.PUBLISHED);
        cn.setPublicationNumber("CN109000001A");
        cn.setPublicationDate(LocalDate.of(2020, 7, 10));
        cn.setFamilyKey("FAM-42");
        this.fixtures.save(cn);
        PatentFiling ep = this.data.published(FilingTestData.epNumber("20123456"), "baidu",
                "Family member in Europe", LocalDate.of(2020, 1, 10));
        ep.setFamilyKey("FAM-42");
        this.fixtures.save(ep);
        PatentFiling us = this.fixtures.filing("baidu", "Unpublished family member", LocalDate.of(2020, 1, 10),
                LegalStatus.FILED);
        us.setNumber(FilingTestData.usNumber());
        us.setFamilyKey("FAM-42");
        this.fixtures.save(us);
        this.fixtures.publishedFiling("baidu", "Unrelated filing", LocalDate.of(2019, 1, 10));

        String html = page("/filings/" + cn.getId());

        assertThat(html).contains("Family member in Europe")
            .contains("href=\"/filings/" + ep.getId() + "\"")
            .doesNotContain("Unpublished family member")
            .doesNotContain("Unrelated filing");
    }

    @Test
    void unpublishedFilingIsNotFound() throws Exception {
        PatentFiling secret = this.fixtures.unpublishedFiling("baidu", "Secret battery invention",
                LocalDate.of(2021, 3, 1));

        String html = this.mvc.perform(get("/filings/" + secret.getId()))
            .andExpect(status().isNotFound())
            .andReturn()
            .getResponse()
            .getContentAsString();

        assertThat(html).doesNotContain("Secret battery invention");
    }

    @Test
    void unknownAndNonNumericIdsAreNotFound() throws Exception {
        this.mvc.perform(get("/filings/987654321")).andExpect(status().isNotFound());
        this.mvc.perform(get("/filings/abc")).andExpect(status().isNotFound());
        this.mvc.perform(get("/filings/99999999999999999999999")).andExpect(status().isNotFound());
    }

    private String page(String url) throws Exception {
        return this.mvc.perform(get(URI.create(url)))
            .andExpect(status().isOk())
            .andReturn()
            .getResponse()
            .getContentAsString();
    }

    private static int rows(String html) {
        Matcher m = ROW.matcher(html);
        int count = 0;
        while (m.find()) {
            count++;
        }
        return count;
    }

}
