package org.aiip.tracker.filing;

import java.util.List;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class PublicRegisterLinksTests {

    @Test
    void publishedFilingLinksToTheGooglePatentsDocumentAndEspacenet() {
        List<PublicRegisterLinks.Link> links = PublicRegisterLinks.of(PatentOffice.CN, "2017106018623",
                "201710601862.3", "CN 107 123 456 A", null);

        assertThat(links).containsExactly(
                new PublicRegisterLinks.Link("googlePatents", "https://patents.google.com/patent/CN107123456A"),
                new PublicRegisterLinks.Link("espacenet",
                        "https://worldwide.espacenet.com/patent/search?q=pn%3DCN107123456A"));
    }

    @Test
    void grantNumberIsUsedWhenThereIsNoPublicationNumber() {
        List<PublicRegisterLinks.Link> links = PublicRegisterLinks.of(PatentOffice.US, "16123456", "16/123,456", null,
                "10,956,686 B2");

        assertThat(links).containsExactly(
                new PublicRegisterLinks.Link("googlePatents", "https://patents.google.com/patent/US10956686B2"));
    }

    @Test
    void withoutAnyDocumentNumberGooglePatentsIsSearchedForTheApplicationNumber() {
        List<PublicRegisterLinks.Link> links = PublicRegisterLinks.of(PatentOffice.WO, "CN2019123456",
                "PCT/CN2019/123456", null, null);

        assertThat(links).containsExactly(new PublicRegisterLinks.Link("googlePatents",
                "https://patents.google.com/?q=PCT%2FCN2019%2F123456"));
    }

    @Test
    void europeanApplicationsLinkToTheEuropeanPatentRegisterWithoutTheCheckDigit() {
        List<PublicRegisterLinks.Link> links = PublicRegisterLinks.of(PatentOffice.EP, "994031227", "99403122.7",
                null, null);

        assertThat(links).contains(new PublicRegisterLinks.Link("epoRegister",
                "https://register.epo.org/application?number=EP99403122"));
    }

    @Test
    void publishedPctApplicationsLinkToPatentscope() {
        List<PublicRegisterLinks.Link> links = PublicRegisterLinks.of(PatentOffice.WO, "CN2019123456",
                "PCT/CN2019/123456", "WO 2020/123456 A1", null);

        assertThat(links).extracting(PublicRegisterLinks.Link::register)
            .containsExactly("googlePatents", "espacenet", "patentscope");
        assertThat(links.get(0).url()).isEqualTo("https://patents.google.com/patent/WO2020123456A1");
        assertThat(links.get(2).url())
            .isEqualTo("https://patentscope.wipo.int/search/en/detail.jsf?docId=WO2020123456");
    }

    @Test
    void officesWithoutAStableRegisterLinkGetNone() {
        for (PatentOffice office : List.of(PatentOffice.CN, PatentOffice.US, PatentOffice.JP, PatentOffice.KR)) {
            assertThat(PublicRegisterLinks.of(office, "2019123456", "2019-123456", "X1", null))
                .extracting(PublicRegisterLinks.Link::register)
                .containsExactly("googlePatents", "espacenet");
        }
    }

    @Test
    void documentNumbersStoredWithoutTheirCountryGetTheOfficeCode() {
        assertThat(PublicRegisterLinks.documentNumber(PatentOffice.CN, "110123456 B")).isEqualTo("CN110123456B");
        assertThat(PublicRegisterLinks.documentNumber(PatentOffice.JP, "JP 2020-123456 A")).isEqualTo("JP2020123456A");
        assertThat(PublicRegisterLinks.documentNumber(PatentOffice.KR, " - ")).isNull();
        assertThat(PublicRegisterLinks.documentNumber(PatentOffice.KR, null)).isNull();
    }

}
