package org.aiip.tracker.sample;

import java.util.ArrayList;
import java.util.List;

import org.aiip.tracker.filing.LegalStatus;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static org.assertj.core.api.Assertions.assertThat;

class SampleFilingGeneratorTests {

    @Test
    void theSameSeedMakesTheSameFilings() {
        assertThat(describe(generate(1, 800))).isEqualTo(describe(generate(1, 800)));
        assertThat(describe(generate(1, 800))).isNotEqualTo(describe(generate(2, 800)));
    }

    @Test
    void makesExactlyTheNumberAskedFor() {
        assertThat(generate(7, 1234)).hasSize(1234);
    }

    @Test
    void unpublishedFilingsCarryNoPublicationOrGrantData() {
        assertThat(generate(3, 3000)).filteredOn(f -> f.publicationDate() == null).isNotEmpty().allSatisfy(f -> {
            assertThat(f.legalStatus()).isEqualTo(LegalStatus.FILED);
            assertThat(f.publicationNumber()).isNull();
            assertThat(f.grantDate()).isNull();
            assertThat(f.openLicence()).isFalse();
        });
    }

    @Test
    void publicationAndGrantNumbersFollowTheOfficeForms() {
        assertThat(generate(4, 3000)).allSatisfy(f -> {
            if (f.publicationNumber() != null && f.number().office().name().equals("CN")) {
                assertThat(f.publicationNumber()).matches("CN\\d{9}A");
            }
            if (f.grantNumber() != null && f.number().office().name().equals("CN")) {
                assertThat(f.grantNumber()).matches("CN\\d{9}B");
            }
            if (f.familyKey() != null) {
                assertThat(f.familyKey()).matches("FAM-\\d{6}");
            }
        });
    }

    @Test
    void otherOfficesPublicationNumbersHaveTheirSerialsInFullWidth() {
        assertThat(generate(5, 3000)).filteredOn(f -> f.publicationNumber() != null).allSatisfy(f -> {
            switch (f.number().office()) {
                case WO -> assertThat(f.publicationNumber()).matches("WO20\\d{2}\\d{6}A1");
                case US -> assertThat(f.publicationNumber()).matches("US20\\d{2}\\d{7}A1");
                case JP -> assertThat(f.publicationNumber()).matches("JP20\\d{2}\\d{6}A");
                case KR -> assertThat(f.publicationNumber()).matches("KR1020\\d{2}\\d{7}A");
                default -> { }
            }
        });
    }

    @ParameterizedTest
    @CsvSource({ "0, 2", "7, 2", "19, 2", "42, 6", "123456, 6", "1234567, 6", "5, 7", "9999999, 7" })
    void numbersArePaddedWithZerosAsStringFormatPadsThem(long value, int digits) {
        assertThat(SampleFilingGenerator.zeroPadded(value, digits)).isEqualTo(String.format("%0" + digits + "d", value));
    }

    private static List<SampleFiling> generate(long seed, int count) {
        List<SampleFiling> filings = new ArrayList<>();
        new SampleFilingGenerator(seed).generate(count, filings::add);
        return filings;
    }

    // Records compare the value types by identity where these lack equals; compare the text instead.
    private static List<String> describe(List<SampleFiling> filings) {
        return filings.stream().map(f -> f.number().office() + ":" + f.number().normalised() + "|" + f).toList();
    }

}
