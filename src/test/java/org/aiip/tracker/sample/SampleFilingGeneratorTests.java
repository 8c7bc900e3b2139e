package org.aiip.tracker.sample;

import java.util.ArrayList;
import java.util.List;

import org.aiip.tracker.filing.LegalStatus;
import org.junit.jupiter.api.Test;

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
