package org.aiip.tracker.filing;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Numbers as export files and registers write them, read into one stored form. */
class NumberReadingTests {

    @ParameterizedTest
    @ValueSource(strings = { "CN201710117081.7", "CN 201710117081.7", "2017101170817", "ZL201710117081.7",
            "CN 201710117081 A", "201710117081", "cn２０１７１０１１７０８１．７" })
    void everyWayOfWritingOneCnApplicationNumberIsStoredTheSame(String written) {
        NumberReading reading = NumberReading.read(PatentOffice.CN, written);
        assertThat(reading.number().normalised()).isEqualTo("2017101170817");
        assertThat(reading.number().display()).isEqualTo("201710117081.7");
    }

    @Test
    void aMissingCheckCharacterIsComputedAndNoted() {
        NumberReading reading = NumberReading.read(PatentOffice.CN, "CN 201410088283 A");
        assertThat(reading.number().normalised()).isEqualTo("201410088283X");
        assertThat(reading.notes()).singleElement()
            .satisfies(note -> assertThat(note.arguments()).containsExactly("201410088283", "X"));
        assertThat(NumberReading.read(PatentOffice.CN, "201710117081.7").notes()).isEmpty();
    }

    @Test
    void aWrongCheckCharacterIsRefusedNotCorrected() {
        assertThatThrownBy(() -> NumberReading.read(PatentOffice.CN, "CN201710117081.5"))
            .isInstanceOf(InvalidValueException.class)
            .hasMessageContaining("should be 7");
    }

    @ParameterizedTest
    @CsvSource({ "US 202318339727 A, US, 18339727", "US16/123456, US, 16123456", "WO 2018CN086749 W, WO, CN2018086749",
            "PCT/CN2018/086749, WO, CN2018086749", "EP 19700067, EP, 197000672" })
    void docdbAndPrefixedFormsAreReadWithTheOfficeFromTheNumber(String written, PatentOffice office, String stored) {
        NumberReading reading = NumberReading.read(null, written);
        assertThat(reading.number().office()).isEqualTo(office);
        assertThat(reading.number().normalised()).isEqualTo(stored);
    }

    @Test
    void aNumberOfAnotherOfficeThanTheRowsIsRefused() {
        assertThatThrownBy(() -> NumberReading.read(PatentOffice.US, "CN201710117081.7"))
            .isInstanceOf(InvalidValueException.class)
            .extracting(ex -> ((InvalidValueException) ex).code())
            .isEqualTo("number.officeMismatch");
    }

    @ParameterizedTest
    @CsvSource({ "CN106844774A, CN106844774A, CN106844774", "CN-106844774-A, CN106844774A, CN106844774",
            "CN 106844774 A, CN106844774A, CN106844774", "CN106844774B, CN106844774B, CN106844774",
            "US 2016/0296617 A1, US20160296617A1, US20160296617", "US-2018247643-A1, US20180247643A1, US20180247643",
            "WO 2018/202209 A1, WO2018202209A1, WO2018202209", "US 9910900 B2, US9910900B2, US9910900" })
    void publicationNumbersHaveOneCanonicalFormAndASerialSharedByTheAAndTheB(String written, String canonical,
            String serial) {
        PublicationNumber number = PublicationNumber.parse(written);
        assertThat(number.canonical()).isEqualTo(canonical);
        assertThat(number.serial()).isEqualTo(serial);
    }

    @Test
    void grantsAreTheBAndCKindsAndCnUtilityModels() {
        assertThat(PublicationNumber.parse("CN105095492B").isGrant()).isTrue();
        assertThat(PublicationNumber.parse("CN208165243U").isGrant()).isTrue();
        assertThat(PublicationNumber.parse("CN105095492A").isGrant()).isFalse();
        assertThat(PublicationNumber.parse("US20160296617A1").year()).hasValue(2016);
        assertThat(PublicationNumber.parse("CN105095492A").year()).isEmpty();
    }

    @Test
    void familyReferencesOfAnApplicationAndOfItsPriorityClaimMeet() {
        String own = FamilyRefs.application(NumberReading.read(PatentOffice.CN, "CN201410088283.X").number());
        assertThat(FamilyRefs.ofAnyNumber("CN201410088283")).hasValue(own);
        assertThat(FamilyRefs.ofAnyNumber("CN 201410088283 A")).hasValue(own);
        assertThat(FamilyRefs.ofAnyNumber("US9910900B2")).hasValue("P:US9910900");
    }

}
