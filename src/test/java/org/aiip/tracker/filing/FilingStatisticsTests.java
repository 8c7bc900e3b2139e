package org.aiip.tracker.filing;

import java.time.LocalDate;

import jakarta.persistence.EntityManager;

import org.aiip.tracker.Fixtures;
import org.aiip.tracker.filing.FilingStatistics.AreaCount;
import org.aiip.tracker.filing.FilingStatistics.FilingLine;
import org.aiip.tracker.filing.FilingStatistics.MemberYearCount;
import org.aiip.tracker.filing.FilingStatistics.OfficeCount;
import org.aiip.tracker.filing.FilingStatistics.StatusCount;
import org.aiip.tracker.filing.FilingStatistics.Totals;
import org.aiip.tracker.filing.FilingStatistics.YearCount;
import org.aiip.tracker.member.MemberCompany;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.transaction.annotation.Transactional;

import static org.assertj.core.api.Assertions.assertThat;

@SpringBootTest
@ActiveProfiles("test")
@Transactional
class FilingStatisticsTests {

    @Autowired
    EntityManager em;

    @Autowired
    FilingStatistics statistics;

    Fixtures fixtures;

    MemberCompany baidu;

    MemberCompany haier;

    @BeforeEach
    void someFilings() {
        this.fixtures = new Fixtures(this.em);
        this.baidu = this.fixtures.member("baidu");
        this.haier = this.fixtures.member("haier");
        // Baidu: two published (one granted, with open licence, one pending), one unpublished of 2021
        PatentFiling granted = this.fixtures.filing("baidu", "Granted network", LocalDate.of(2018, 3, 1),
                LegalStatus.GRANTED);
        granted.setPublicationNumber("CN100000001A");
        granted.setPublicationDate(LocalDate.of(2019, 9, 1));
        granted.setOpenLicence(true);
        this.fixtures.save(granted);
        this.fixtures.publishedFiling("baidu", "Published speech model", LocalDate.of(2019, 5, 2));
        this.fixtures.unpublishedFiling("baidu", "Secret thermometer", LocalDate.of(2021, 1, 4));
        // Haier: one published outside China, in another area
        PatentFiling abroad = this.fixtures.filing("haier", "Fridge vision", LocalDate.of(2019, 7, 1),
                LegalStatus.PUBLISHED);
        abroad.setNumber(ApplicationNumber.parse(PatentOffice.EP, "19123456." + ApplicationNumber.epCheckDigit("19123456")));
        abroad.setTechnologyArea(this.fixtures.area("IOT"));
        abroad.setPublicationNumber("EP3000000A1");
        abroad.setPublicationDate(LocalDate.of(2021, 1, 1));
        this.fixtures.save(abroad);
        // Before the per-year table starts
        this.fixtures.publishedFiling("jd", "Old logistics", LocalDate.of(2014, 1, 1));
    }

    @Test
    void publicTotalsCountPublishedFilingsOnly() {
        assertThat(this.statistics.totals(FilingVisibility.PUBLIC)).isEqualTo(new Totals(4, 1, 3, 1));
    }

    @Test
    void adminsAndTheOwnMemberAlsoCountTheUnpublishedFiling() {
        assertThat(this.statistics.totals(FilingVisibility.ALL).total()).isEqualTo(5);
        assertThat(this.statistics.totals(FilingVisibility.ofMember(this.baidu.getId())).total()).isEqualTo(5);
        assertThat(this.statistics.totals(FilingVisibility.ofMember(this.haier.getId())).total()).isEqualTo(4);
        assertThat(this.statistics.totalsForMember(FilingVisibility.ofMember(this.baidu.getId()), this.baidu.getId()))
            .isEqualTo(new Totals(3, 1, 2, 1));
        assertThat(this.statistics.totalsForMember(FilingVisibility.PUBLIC, this.baidu.getId()))
            .isEqualTo(new Totals(2, 1, 1, 1));
    }

    @Test
    void totalsPerMemberAreKeyedByMemberId() {
        var perMember = this.statistics.totalsPerMember(FilingVisibility.PUBLIC);
        assertThat(perMember.get(this.baidu.getId()).total()).isEqualTo(2);
        assertThat(perMember.get(this.haier.getId()).total()).isEqualTo(1);
        assertThat(this.statistics.totalsPerMember(FilingVisibility.ALL).get(this.baidu.getId()).total()).isEqualTo(3);
    }

    @Test
    void perYearPerMemberStartsAtTheGivenYearAndHidesUnpublishedYears() {
        assertThat(this.statistics.perYearPerMember(FilingVisibility.PUBLIC, 2016)).containsExactlyInAnyOrder(
                new MemberYearCount(2018, this.baidu.getId(), 1), new MemberYearCount(2019, this.baidu.getId(), 1),
                new MemberYearCount(2019, this.haier.getId(), 1));
        assertThat(this.statistics.perYearPerMember(FilingVisibility.ALL, 2016))
            .contains(new MemberYearCount(2021, this.baidu.getId(), 1));
    }

    @Test
    void aMembersFilingsPerYear() {
        assertThat(this.statistics.perYear(FilingVisibility.PUBLIC, this.baidu.getId()))
            .containsExactly(new YearCount(2018, 1), new YearCount(2019, 1));
        assertThat(this.statistics.perYear(FilingVisibility.ofMember(this.baidu.getId()), this.baidu.getId()))
            .containsExactly(new YearCount(2018, 1), new YearCount(2019, 1), new YearCount(2021, 1));
    }

    @Test
    void byAreaFollowsTheAreasOrder() {
        assertThat(this.statistics.byArea(FilingVisibility.PUBLIC))
            .extracting(c -> c.area().getCode(), AreaCount::count)
            .containsExactly(org.assertj.core.groups.Tuple.tuple("DEEP_LEARNING", 3L),
                    org.assertj.core.groups.Tuple.tuple("IOT", 1L));
        assertThat(this.statistics.byArea(FilingVisibility.PUBLIC, this.haier.getId())).hasSize(1);
    }

    @Test
    void byOfficeAndOutsideChina() {
        assertThat(this.statistics.byOffice(FilingVisibility.PUBLIC))
            .containsExactly(new OfficeCount(PatentOffice.CN, 3), new OfficeCount(PatentOffice.EP, 1));
        assertThat(this.statistics.outsideChina(FilingVisibility.PUBLIC))
            .containsExactly(new OfficeCount(PatentOffice.EP, 1));
        assertThat(this.statistics.byOffice(FilingVisibility.PUBLIC, this.baidu.getId()))
            .containsExactly(new OfficeCount(PatentOffice.CN, 2));
    }

    @Test
    void byStatusAndOpenLicenceOffers() {
        assertThat(this.statistics.byStatus(FilingVisibility.PUBLIC)).containsExactly(
                new StatusCount(LegalStatus.PUBLISHED, 3), new StatusCount(LegalStatus.GRANTED, 1));
        assertThat(this.statistics.byStatus(FilingVisibility.ALL)).contains(new StatusCount(LegalStatus.FILED, 1));
        assertThat(this.statistics.openLicenceOffers(FilingVisibility.PUBLIC)).isEqualTo(1);
    }

    @Test
    void latestChangesShowOnlyVisibleFilingsNewestFirst() {
        assertThat(this.statistics.latestChanges(FilingVisibility.PUBLIC, 10)).extracting(FilingLine::title)
            .containsExactly("Old logistics", "Fridge vision", "Published speech model", "Granted network");
        assertThat(this.statistics.latestChanges(FilingVisibility.ALL, 2)).extracting(FilingLine::title)
            .containsExactly("Old logistics", "Fridge vision");
        assertThat(this.statistics.latestForMember(FilingVisibility.ofMember(this.baidu.getId()), this.baidu.getId(), 10))
            .extracting(FilingLine::title)
            .containsExactly("Secret thermometer", "Published speech model", "Granted network");
    }

    @Test
    void aMemberWithFewOfTheFilingsStillGetsItsOwnLatestChanges() {
        // Haier's filings become under 1% of all: its latest are read by the applicant, not by walking everyone's.
        for (int i = 0; i < 250; i++) {
            this.fixtures.publishedFiling("jd", "JD logistics " + i, LocalDate.of(2017, 1, 1).plusDays(i));
        }
        assertThat(this.statistics.latestForMember(FilingVisibility.PUBLIC, this.haier.getId(), 10))
            .extracting(FilingLine::title)
            .containsExactly("Fridge vision");
        assertThat(this.statistics.latestForMember(FilingVisibility.PUBLIC, this.fixtures.member("jd").getId(), 3))
            .extracting(FilingLine::title)
            .allMatch(title -> title.startsWith("JD logistics"))
            .hasSize(3);
    }

    @Test
    void aFilingLineShowsItsNumberInDisplayForm() {
        FilingLine line = this.statistics.latestChanges(FilingVisibility.PUBLIC, 10).get(1);
        assertThat(line.number())
            .isEqualTo(ApplicationNumber.ofNormalised(PatentOffice.EP, line.applicationNumber()).display());
    }

}
