package org.aiip.tracker.filing;

import java.time.LocalDate;
import java.util.List;

import org.aiip.tracker.Fixtures;

/** Filings at offices other than CN, with valid numbers, for the filing tests. */
final class FilingTestData {

    private final Fixtures fixtures;

    FilingTestData(Fixtures fixtures) {
        this.fixtures = fixtures;
    }

    static ApplicationNumber epNumber(String eightDigits) {
        return ApplicationNumber.parse(PatentOffice.EP, eightDigits + "." + ApplicationNumber.epCheckDigit(eightDigits));
    }

    static ApplicationNumber usNumber() {
        return ApplicationNumber.parse(PatentOffice.US, "16/123,456");
    }

    static ApplicationNumber woNumber() {
        return ApplicationNumber.parse(PatentOffice.WO, "PCT/CN2019/123456");
    }

    /** A published filing with the given number; adjust it and save it with {@link Fixtures#save}. */
    PatentFiling published(ApplicationNumber number, String memberSlug, String title, LocalDate filed) {
        PatentFiling filing = this.fixtures.filing(memberSlug, title, filed, LegalStatus.PUBLISHED);
        filing.setNumber(number);
        filing.setPublicationNumber(number.office().name() + (300000000 + title.hashCode() % 1000000) + "A1");
        filing.setPublicationDate(filed.plusMonths(18));
        return filing;
    }

    /** A saved, published CN filing of Baidu in the given area with the given IPC symbols. */
    PatentFiling inArea(String areaCode, String title, String... ipc) {
        PatentFiling filing = this.fixtures.filing("baidu", title, LocalDate.of(2019, 5, 1), LegalStatus.PUBLISHED);
        filing.setTechnologyArea(this.fixtures.area(areaCode));
        filing.setIpcSymbols(List.of(ipc).stream().map(IpcSymbol::parse).toList());
        filing.setPublicationNumber("CN" + (200000000 + Math.abs(title.hashCode() % 1000000)) + "A");
        filing.setPublicationDate(LocalDate.of(2020, 11, 1));
        return this.fixtures.save(filing);
    }

}
