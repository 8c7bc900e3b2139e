package org.aiip.tracker.filing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.OptionalInt;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.NullAndEmptySource;
import org.junit.jupiter.params.provider.ValueSource;

class ApplicationNumberTests {

    private static final int THIS_YEAR = ApplicationNumber.currentYear();

    // ---- PatentOffice and InvalidValueException ----

    @ParameterizedTest
    @CsvSource({"CN,CN", "cn,CN", " us ,US", "Ep,EP", "jp,JP", "KR,KR", "wo,WO", "PCT,WO", "pct,WO"})
    void officeCodesAreReadIgnoringCaseAndSpaces(String code, PatentOffice expected) {
        assertThat(PatentOffice.fromCode(code)).contains(expected);
    }

    @ParameterizedTest
    @NullAndEmptySource
    @ValueSource(strings = {" ", "DE", "CNIPA", "P C T"})
    void unknownOfficeCodesGiveNoOffice(String code) {
        assertThat(PatentOffice.fromCode(code)).isEmpty();
    }

    @Test
    void officesHaveEnglishDisplayNames() {
        assertThat(PatentOffice.CN.displayName()).isEqualTo("China (CNIPA)");
        assertThat(PatentOffice.US.displayName()).isEqualTo("United States (USPTO)");
        assertThat(PatentOffice.EP.displayName()).isEqualTo("European Patent Office");
        assertThat(PatentOffice.JP.displayName()).isEqualTo("Japan (JPO)");
        assertThat(PatentOffice.KR.displayName()).isEqualTo("Korea (KIPO)");
        assertThat(PatentOffice.WO.displayName()).isEqualTo("WIPO (PCT)");
    }

    @Test
    void invalidValueExceptionCarriesCodeMessageAndACopyOfItsArguments() {
        InvalidValueException e = new InvalidValueException("some.code", "some message", "a", 1);
        assertThat(e).isInstanceOf(IllegalArgumentException.class);
        assertThat(e.code()).isEqualTo("some.code");
        assertThat(e.getMessage()).isEqualTo("some message");
        e.arguments()[0] = "changed";
        assertThat(e.arguments()).containsExactly("a", 1);
    }

    // ---- common to all offices ----

    @ParameterizedTest
    @EnumSource(PatentOffice.class)
    void blankInputIsRequiredForEveryOffice(PatentOffice office) {
        for (String blank : new String[] {null, "", "   ", "\t\n", "\u3000"}) {
            assertRejected(office, blank, "applicationNumber.required", "the application number is required");
        }
    }

    @Test
    void officePrefixAloneIsRequired() {
        assertRejected(PatentOffice.CN, "CN ZL", "applicationNumber.required", "the application number is required");
        assertRejected(PatentOffice.WO, "PCT/", "applicationNumber.required", "the application number is required");
    }

    @Test
    void missingOfficeIsRejected() {
        assertThatThrownBy(() -> ApplicationNumber.parse(null, "201710601862.3"))
                .isInstanceOfSatisfying(InvalidValueException.class,
                        e -> assertThat(e.code()).isEqualTo("applicationNumber.office"))
                .hasMessage("the patent office is required");
    }

    @ParameterizedTest
    @CsvSource({
            "CN, 201710601862.3",
            "CN, 97101765.4",
            "CN, 201910123456.X",
            "EP, 99403122.7",
            "US, '16/123,456'",
            "JP, 2019-123456",
            "KR, 10-2019-0123456",
            "WO, PCT/CN2019/123456",
    })
    void normalisedFormReadsBackToAnEqualNumber(PatentOffice office, String input) {
        ApplicationNumber parsed = ApplicationNumber.parse(office, input);
        ApplicationNumber read = ApplicationNumber.ofNormalised(office, parsed.normalised());
        assertThat(read).isEqualTo(parsed).hasSameHashCodeAs(parsed);
        assertThat(read.display()).isEqualTo(input);
        assertThat(read.toString()).isEqualTo(input);
    }

    @Test
    void ofNormalisedRejectsTheDisplayForm() {
        assertThatThrownBy(() -> ApplicationNumber.ofNormalised(PatentOffice.CN, "201710601862.3"))
                .isInstanceOfSatisfying(InvalidValueException.class, e -> {
                    assertThat(e.code()).isEqualTo("applicationNumber.notNormalised");
                    assertThat(e.arguments()).containsExactly("201710601862.3", "CN", "2017106018623");
                })
                .hasMessage("'201710601862.3' is not the stored form of a CN application number;"
                        + " expected 2017106018623");
    }

    @Test
    void ofNormalisedRejectsADamagedValue() {
        assertThatThrownBy(() -> ApplicationNumber.ofNormalised(PatentOffice.CN, "2017106018624"))
                .isInstanceOfSatisfying(InvalidValueException.class,
                        e -> assertThat(e.code()).isEqualTo("applicationNumber.checkCharacter"));
    }

    @Test
    void numbersAreEqualOnlyForTheSameOfficeAndNormalisedForm() {
        ApplicationNumber a = ApplicationNumber.parse(PatentOffice.CN, "CN 201710601862.3");
        ApplicationNumber b = ApplicationNumber.parse(PatentOffice.CN, "2017106018623");
        assertThat(a).isEqualTo(b).hasSameHashCodeAs(b);
        // 98100002.9 is valid for both CN and EP (the checks happen to agree), yet not the same number
        ApplicationNumber cn = ApplicationNumber.parse(PatentOffice.CN, "98100002.9");
        ApplicationNumber ep = ApplicationNumber.parse(PatentOffice.EP, "98100002.9");
        assertThat(cn.normalised()).isEqualTo(ep.normalised());
        assertThat(cn).isNotEqualTo(ep);
    }

    // ---- CN ----

    @Test
    void cnCheckCharacterIsTheWeightedSumModuloEleven() {
        // Published CNIPA example 201710601862.3:
        // 2*2 + 0*3 + 1*4 + 7*5 + 1*6 + 0*7 + 6*8 + 0*9 + 1*2 + 8*3 + 6*4 + 2*5
        // = 4 + 0 + 4 + 35 + 6 + 0 + 48 + 0 + 2 + 24 + 24 + 10 = 157; 157 = 14*11 + 3
        assertThat(ApplicationNumber.cnCheckCharacter("201710601862")).isEqualTo('3');
        // The parser takes the published number and refuses every other check character.
        assertThat(ApplicationNumber.parse(PatentOffice.CN, "201710601862.3").normalised()).isEqualTo("2017106018623");
        for (char wrong : "012456789X".toCharArray()) {
            assertThatThrownBy(() -> ApplicationNumber.parse(PatentOffice.CN, "201710601862." + wrong))
                .as("check character %s", wrong)
                .isInstanceOf(InvalidValueException.class);
        }
        // Published 8-digit example 97101765.4:
        // 9*2 + 7*3 + 1*4 + 0*5 + 1*6 + 7*7 + 6*8 + 5*9 = 18 + 21 + 4 + 0 + 6 + 49 + 48 + 45 = 191 = 17*11 + 4
        assertThat(ApplicationNumber.cnCheckCharacter("97101765")).isEqualTo('4');
        // 201910123456: 4 + 0 + 4 + 45 + 6 + 0 + 8 + 18 + 6 + 12 + 20 + 30 = 153 = 13*11 + 10, written X
        assertThat(ApplicationNumber.cnCheckCharacter("201910123456")).isEqualTo('X');
    }

    @ParameterizedTest
    @CsvSource({
            "200310102344, 5",
            "02144686, 5",
            "88100001, 9",
            "85100000, 2",
    })
    void cnCheckCharacterMatchesKnownNumbers(String digits, char expected) {
        assertThat(ApplicationNumber.cnCheckCharacter(digits)).isEqualTo(expected);
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "2017106018", "20171060186A", "2017106018623"})
    void cnCheckCharacterNeedsEightOrTwelveDigits(String digits) {
        assertThatThrownBy(() -> ApplicationNumber.cnCheckCharacter(digits))
                .isInstanceOfSatisfying(InvalidValueException.class,
                        e -> assertThat(e.code()).isEqualTo("applicationNumber.cn.length"));
    }

    @ParameterizedTest
    @ValueSource(strings = {
            "201710601862.3",
            "2017106018623",
            " 201710601862.3 ",
            "2017 1 0601862.3",
            "2017 1 0601862 . 3",
            "CN201710601862.3",
            "CN 201710601862.3",
            "ZL201710601862.3",
            "ZL 201710601862.3",
            "CN ZL 201710601862.3",
            "cn zl 201710601862.3",
            "CNZL2017106018623",
            "２０１７１０６０１８６２．３",
            "ZL２０１７１０６０１８６２.３",
    })
    void cnTwelveDigitNumberIsReadInTheFormsPeopleType(String input) {
        ApplicationNumber number = ApplicationNumber.parse(PatentOffice.CN, input);
        assertThat(number.office()).isEqualTo(PatentOffice.CN);
        assertThat(number.normalised()).isEqualTo("2017106018623");
        assertThat(number.display()).isEqualTo("201710601862.3");
        assertThat(number.year()).hasValue(2017);
        assertThat(number.type()).contains(ApplicationNumber.Type.INVENTION);
    }

    @ParameterizedTest
    @ValueSource(strings = {"97101765.4", "971017654", "ZL 97101765.4", "CN97101765.4", "97 1 01765.4"})
    void cnEightDigitNumberIsReadInTheFormsPeopleType(String input) {
        ApplicationNumber number = ApplicationNumber.parse(PatentOffice.CN, input);
        assertThat(number.normalised()).isEqualTo("971017654");
        assertThat(number.display()).isEqualTo("97101765.4");
        assertThat(number.year()).hasValue(1997);
    }

    @ParameterizedTest
    @ValueSource(strings = {"201910123456.X", "201910123456.x", "201910123456X", "201910123456x"})
    void cnCheckCharacterTenIsWrittenX(String input) {
        ApplicationNumber number = ApplicationNumber.parse(PatentOffice.CN, input);
        assertThat(number.normalised()).isEqualTo("201910123456X");
        assertThat(number.display()).isEqualTo("201910123456.X");
    }

    @ParameterizedTest
    @CsvSource({
            "85100000, 1985",
            "99100001, 1999",
            "02144686, 2002",
            "03100001, 2003",
            "200310102344, 2003",
    })
    void cnYearIsTheFourDigitFilingYear(String digits, int year) {
        assertThat(ApplicationNumber.parse(PatentOffice.CN, cn(digits)).year()).hasValue(year);
    }

    @ParameterizedTest
    @CsvSource({
            "1, INVENTION",
            "2, UTILITY_MODEL",
            "3, DESIGN",
            "8, PCT_INVENTION",
            "9, PCT_UTILITY_MODEL",
    })
    void cnTypeDigitGivesTheKindOfApplication(char digit, ApplicationNumber.Type type) {
        String twelve = "2020" + digit + "0012345";
        String eight = "98" + digit + "12345";
        assertThat(ApplicationNumber.parse(PatentOffice.CN, cn(twelve)).type()).contains(type);
        assertThat(ApplicationNumber.parse(PatentOffice.CN, cn(eight)).type()).contains(type);
    }

    @Test
    void cnNumberWithWrongCheckCharacterSaysWhichIsExpected() {
        assertRejected(PatentOffice.CN, "201710601862.7", "applicationNumber.checkCharacter",
                "the check character should be 3, not 7", "3", "7");
        assertRejected(PatentOffice.CN, "2017106018627", "applicationNumber.checkCharacter",
                "the check character should be 3, not 7", "3", "7");
        assertRejected(PatentOffice.CN, "201910123456.0", "applicationNumber.checkCharacter",
                "the check character should be X, not 0", "X", "0");
        assertRejected(PatentOffice.CN, "97101765.X", "applicationNumber.checkCharacter",
                "the check character should be 4, not X", "4", "X");
    }

    @ParameterizedTest
    @ValueSource(strings = {"201710601862", "201710601862.", "CN 2017 1 0601862"})
    void cnNumberWithoutCheckCharacterSaysWhichIsExpected(String input) {
        assertRejected(PatentOffice.CN, input, "applicationNumber.checkCharacterMissing",
                "the check character is missing; it should be 3", "3");
    }

    @Test
    void cnEightDigitNumberWithoutCheckCharacterSaysWhichIsExpected() {
        assertRejected(PatentOffice.CN, "97101765", "applicationNumber.checkCharacterMissing",
                "the check character is missing; it should be 4", "4");
    }

    @Test
    void cnUnknownTypeDigitIsNamed() {
        assertRejected(PatentOffice.CN, cn("201750601862"), "applicationNumber.cn.type", "unknown type digit 5", "5");
        assertRejected(PatentOffice.CN, cn("97401765"), "applicationNumber.cn.type", "unknown type digit 4", "4");
        assertRejected(PatentOffice.CN, cn("202000012345"), "applicationNumber.cn.type", "unknown type digit 0", "0");
    }

    @ParameterizedTest
    @CsvSource({
            "20171060186.3, 11",
            "2017106018623.3, 13",
            "9710176.4, 7",
            "1234567890, 10",
            "20171060186, 11",
            "20171060186X, 12",
            "12345678901234, 14",
            "1, 1",
    })
    void cnNumberOfWrongLengthSaysHowManyDigitsWereFound(String input, int found) {
        assertRejected(PatentOffice.CN, input, "applicationNumber.cn.length",
                "found " + found + " digits; a CN application number has 12 digits and a check character"
                        + " (8 digits and a check character before October 2003)",
                found);
    }

    @Test
    void cnTwelveDigitNumberBeforeOctober2003IsImplausible() {
        assertRejected(PatentOffice.CN, cn("200210102344"), "applicationNumber.year",
                "the filing year 2002 is not plausible; expected 2003 to " + THIS_YEAR, 2002, 2003, THIS_YEAR);
    }

    @Test
    void cnNumberFromNextYearIsImplausible() {
        int next = THIS_YEAR + 1;
        assertRejected(PatentOffice.CN, cn(next + "10000001"), "applicationNumber.year",
                "the filing year " + next + " is not plausible; expected 2003 to " + THIS_YEAR, next, 2003, THIS_YEAR);
    }

    @ParameterizedTest
    @CsvSource({"84100001, 1984", "04100001, 2004", "10100001, 2010"})
    void cnEightDigitNumberOutside1985To2003IsImplausible(String digits, int year) {
        assertRejected(PatentOffice.CN, cn(digits), "applicationNumber.year",
                "the filing year " + year + " is not plausible; expected 1985 to 2003", year, 1985, 2003);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "2017106018#2.3 | #",
            "201710601862-3 | -",
            "2017/10601862.3 | /",
            "201710601862.A | A",
            "q201710601862.3 | q",
            "EP201710601862.3 | E",
            "201710601862,3 | ','",
    })
    void cnCharacterThatCanNeverAppearIsNamed(String input, String character) {
        assertRejected(PatentOffice.CN, input, "applicationNumber.character",
                "the character '" + character + "' cannot appear in a CN application number", character, "CN");
    }

    @ParameterizedTest
    @ValueSource(strings = {"2017106018X6.3", "20171060.1862.3", "2017106018.623", "X201710601862.3", "201710601862.33"})
    void cnMisplacedDotOrXIsNotTheUsualForm(String input) {
        assertRejected(PatentOffice.CN, input, "applicationNumber.format",
                "this is not how a CN application number is written; it looks like 201710601862.3"
                        + " (97101765.4 before October 2003)",
                "CN", "201710601862.3 (97101765.4 before October 2003)");
    }

    // ---- EP ----

    @Test
    void epCheckDigitIsLuhnOverTheEightDigits() {
        // EPO example 99403122.7: products with weights 1,2,1,2,... are 9 18 4 0 3 2 2 4;
        // their digits add up to 9 + 1 + 8 + 4 + 0 + 3 + 2 + 2 + 4 = 33; (10 - 33 mod 10) mod 10 = 7
        assertThat(ApplicationNumber.epCheckDigit("99403122")).isEqualTo(7);
        // 19012345: 1 + (1+8) + 0 + 2 + 2 + 6 + 4 + (1+0) = 25; (10 - 5) mod 10 = 5
        assertThat(ApplicationNumber.epCheckDigit("19012345")).isEqualTo(5);
        // a sum ending in 0 gives 0, not 10: 85100000 -> 8 + (1+0) + 1 = 10
        assertThat(ApplicationNumber.epCheckDigit("85100000")).isZero();
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "9940312", "994031227", "9940312A"})
    void epCheckDigitNeedsEightDigits(String digits) {
        assertThatThrownBy(() -> ApplicationNumber.epCheckDigit(digits))
                .isInstanceOfSatisfying(InvalidValueException.class,
                        e -> assertThat(e.code()).isEqualTo("applicationNumber.ep.length"));
    }

    @Test
    void theCurrentYearIsTheLatestOnEarthAndKeptOnlyUntilItEnds() {
        assertThat(ApplicationNumber.currentYear())
            .isEqualTo(java.time.Year.now(java.time.ZoneOffset.ofHours(14)).getValue())
            .isEqualTo(ApplicationNumber.currentYear());
    }

    @ParameterizedTest
    @ValueSource(strings = {"99403122.7", "994031227", "EP99403122.7", "EP 99 403 122.7", "ep 99403122.7",
            "ep99403122.7", "Ep99403122.7", " 99403122 . 7 ", "ＥＰ９９４０３１２２．７"})
    void epNumberIsReadInTheFormsPeopleType(String input) {
        ApplicationNumber number = ApplicationNumber.parse(PatentOffice.EP, input);
        assertThat(number.normalised()).isEqualTo("994031227");
        assertThat(number.display()).isEqualTo("99403122.7");
        assertThat(number.year()).hasValue(1999);
        assertThat(number.type()).isEmpty();
    }

    @ParameterizedTest
    @CsvSource({"19012345, 2019", "78100001, 1978", "00100000, 2000"})
    void epYearIsTheFourDigitFilingYear(String digits, int year) {
        int check = ApplicationNumber.epCheckDigit(digits);
        ApplicationNumber number = ApplicationNumber.parse(PatentOffice.EP, "EP " + digits + "." + check);
        assertThat(number.normalised()).isEqualTo(digits + check);
        assertThat(number.year()).hasValue(year);
    }

    @Test
    void epNumberWithWrongCheckDigitSaysWhichIsExpected() {
        assertRejected(PatentOffice.EP, "99403122.3", "applicationNumber.checkCharacter",
                "the check character should be 7, not 3", "7", "3");
        assertRejected(PatentOffice.EP, "EP 190123452", "applicationNumber.checkCharacter",
                "the check character should be 5, not 2", "5", "2");
    }

    @ParameterizedTest
    @ValueSource(strings = {"99403122", "99403122.", "EP 99 403 122"})
    void epNumberWithoutCheckDigitSaysWhichIsExpected(String input) {
        assertRejected(PatentOffice.EP, input, "applicationNumber.checkCharacterMissing",
                "the check character is missing; it should be 7", "7");
    }

    @ParameterizedTest
    @CsvSource({"9940312.7, 7", "9940312, 7", "994031220.7, 9", "9940312200, 10"})
    void epNumberOfWrongLengthSaysHowManyDigitsWereFound(String input, int found) {
        assertRejected(PatentOffice.EP, input, "applicationNumber.ep.length",
                "found " + found + " digits; an EP application number has 8 digits and a check digit", found);
    }

    @Test
    void epNumberBefore1978IsImplausible() {
        String digits = "77100001";
        assertRejected(PatentOffice.EP, digits + ApplicationNumber.epCheckDigit(digits), "applicationNumber.year",
                "the filing year 1977 is not plausible; expected 1978 to " + THIS_YEAR, 1977, 1978, THIS_YEAR);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {"99403122-7 | -", "99/403122.7 | /", "99403122.X | X", "US99403122.7 | U"})
    void epCharacterThatCanNeverAppearIsNamed(String input, String character) {
        assertRejected(PatentOffice.EP, input, "applicationNumber.character",
                "the character '" + character + "' cannot appear in an EP application number", character, "EP");
    }

    @Test
    void epMisplacedDotIsNotTheUsualForm() {
        assertRejected(PatentOffice.EP, "9940.31227", "applicationNumber.format",
                "this is not how an EP application number is written; it looks like 99403122.7", "EP", "99403122.7");
    }

    // ---- US ----

    @ParameterizedTest
    @ValueSource(strings = {"16/123,456", "16/123456", "16123456", "US 16/123,456", "us16/123456", "16 123 456",
            "16123,456", "１６/１２３,４５６"})
    void usNumberIsReadInTheFormsPeopleType(String input) {
        ApplicationNumber number = ApplicationNumber.parse(PatentOffice.US, input);
        assertThat(number.normalised()).isEqualTo("16123456");
        assertThat(number.display()).isEqualTo("16/123,456");
        assertThat(number.year()).isEqualTo(OptionalInt.empty());
        assertThat(number.type()).isEmpty();
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {"16/12345 | 7", "161234567 | 9", "16/123,4567 | 9", "1 | 1"})
    void usNumberOfWrongLengthSaysHowManyDigitsWereFound(String input, int found) {
        assertRejected(PatentOffice.US, input, "applicationNumber.us.length",
                "found " + found + " digits; a US application number has 8"
                        + " (a 2-digit series code and a 6-digit serial number)",
                found);
    }

    @ParameterizedTest
    @ValueSource(strings = {"1/6123456", "16/12,3456", "16//123456", "16123456/"})
    void usMisplacedSeparatorIsNotTheUsualForm(String input) {
        assertRejected(PatentOffice.US, input, "applicationNumber.format",
                "this is not how a US application number is written; it looks like 16/123,456", "US", "16/123,456");
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {"16-123456 | -", "16/123.456 | .", "16/12345B | B"})
    void usCharacterThatCanNeverAppearIsNamed(String input, String character) {
        assertRejected(PatentOffice.US, input, "applicationNumber.character",
                "the character '" + character + "' cannot appear in a US application number", character, "US");
    }

    // ---- JP ----

    @ParameterizedTest
    @ValueSource(strings = {"2019-123456", "2019123456", "特願2019-123456", "特願 2019-123456", "JP2019-123456",
            "jp 2019-123456", "JP特願2019-123456", "特愿2019-123456", "特願２０１９－１２３４５６"})
    void jpNumberIsReadInTheFormsPeopleType(String input) {
        ApplicationNumber number = ApplicationNumber.parse(PatentOffice.JP, input);
        assertThat(number.normalised()).isEqualTo("2019123456");
        assertThat(number.display()).isEqualTo("2019-123456");
        assertThat(number.year()).hasValue(2019);
    }

    @ParameterizedTest
    @CsvSource({"2019-12345, 9", "2019-1234567, 11", "19-123456, 8"})
    void jpNumberOfWrongLengthSaysHowManyDigitsWereFound(String input, int found) {
        assertRejected(PatentOffice.JP, input, "applicationNumber.jp.length",
                "found " + found + " digits; a JP application number has 10"
                        + " (a 4-digit year and a 6-digit serial number)",
                found);
    }

    @Test
    void jpNumberBefore2000OrAfterThisYearIsImplausible() {
        assertRejected(PatentOffice.JP, "1999-123456", "applicationNumber.year",
                "the filing year 1999 is not plausible; expected 2000 to " + THIS_YEAR, 1999, 2000, THIS_YEAR);
        int next = THIS_YEAR + 1;
        assertRejected(PatentOffice.JP, next + "-123456", "applicationNumber.year",
                "the filing year " + next + " is not plausible; expected 2000 to " + THIS_YEAR, next, 2000, THIS_YEAR);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {"2019/123456 | /", "平成11-123456 | 平", "2019-12345a | a"})
    void jpCharacterThatCanNeverAppearIsNamed(String input, String character) {
        assertRejected(PatentOffice.JP, input, "applicationNumber.character",
                "the character '" + character + "' cannot appear in a JP application number", character, "JP");
    }

    @Test
    void jpMisplacedHyphenIsNotTheUsualForm() {
        assertRejected(PatentOffice.JP, "201-9123456", "applicationNumber.format",
                "this is not how a JP application number is written; it looks like 2019-123456", "JP", "2019-123456");
    }

    // ---- KR ----

    @ParameterizedTest
    @ValueSource(strings = {"10-2019-0123456", "1020190123456", "KR 10-2019-0123456", "kr10-2019-0123456",
            "10 2019 0123456", "10-20190123456"})
    void krNumberIsReadInTheFormsPeopleType(String input) {
        ApplicationNumber number = ApplicationNumber.parse(PatentOffice.KR, input);
        assertThat(number.normalised()).isEqualTo("1020190123456");
        assertThat(number.display()).isEqualTo("10-2019-0123456");
        assertThat(number.year()).hasValue(2019);
        assertThat(number.type()).contains(ApplicationNumber.Type.INVENTION);
    }

    @ParameterizedTest
    @CsvSource({"10, INVENTION", "20, UTILITY_MODEL", "30, DESIGN"})
    void krTypeCodeGivesTheKindOfApplication(String code, ApplicationNumber.Type type) {
        assertThat(ApplicationNumber.parse(PatentOffice.KR, code + "-2020-0001234").type()).contains(type);
    }

    @ParameterizedTest
    @ValueSource(strings = {"40", "11", "00", "99"})
    void krUnknownTypeCodeIsNamed(String code) {
        assertRejected(PatentOffice.KR, code + "-2019-0123456", "applicationNumber.kr.type",
                "unknown type code " + code, code);
    }

    @ParameterizedTest
    @CsvSource({"10-2019-012345, 12", "10-2019-01234567, 14", "10-19-0123456, 11"})
    void krNumberOfWrongLengthSaysHowManyDigitsWereFound(String input, int found) {
        assertRejected(PatentOffice.KR, input, "applicationNumber.kr.length",
                "found " + found + " digits; a KR application number has 13"
                        + " (a 2-digit type, a 4-digit year and a 7-digit serial number)",
                found);
    }

    @Test
    void krNumberWithImplausibleYearIsRejected() {
        assertRejected(PatentOffice.KR, "10-1900-0123456", "applicationNumber.year",
                "the filing year 1900 is not plausible; expected 1946 to " + THIS_YEAR, 1900, 1946, THIS_YEAR);
    }

    @Test
    void krMisplacedHyphenIsNotTheUsualForm() {
        assertRejected(PatentOffice.KR, "102-019-0123456", "applicationNumber.format",
                "this is not how a KR application number is written; it looks like 10-2019-0123456",
                "KR", "10-2019-0123456");
    }

    @Test
    void krCharacterThatCanNeverAppearIsNamed() {
        assertRejected(PatentOffice.KR, "10/2019/0123456", "applicationNumber.character",
                "the character '/' cannot appear in a KR application number", "/", "KR");
    }

    // ---- WO ----

    @ParameterizedTest
    @ValueSource(strings = {"PCT/CN2019/123456", "pct cn2019 123456", "WO PCT/CN2019/123456", "CN2019123456",
            "PCT CN2019/123456", "pct/cn2019/123456", "PCT/CN2019123456", "ＰＣＴ／ＣＮ２０１９／１２３４５６"})
    void woNumberIsReadInTheFormsPeopleType(String input) {
        ApplicationNumber number = ApplicationNumber.parse(PatentOffice.WO, input);
        assertThat(number.normalised()).isEqualTo("CN2019123456");
        assertThat(number.display()).isEqualTo("PCT/CN2019/123456");
        assertThat(number.year()).hasValue(2019);
    }

    @Test
    void woNumberKeepsTheReceivingOffice() {
        ApplicationNumber number = ApplicationNumber.parse(PatentOffice.WO, "PCT/ib2020/012345");
        assertThat(number.normalised()).isEqualTo("IB2020012345");
        assertThat(number.display()).isEqualTo("PCT/IB2020/012345");
    }

    @ParameterizedTest
    @ValueSource(strings = {"PCT/2019/123456", "WO2019/123456", "PCT/C2019/123456"})
    void woNumberWithoutReceivingOfficeIsRejected(String input) {
        assertRejected(PatentOffice.WO, input, "applicationNumber.wo.country",
                "the receiving office is missing: a PCT application number starts with two letters,"
                        + " as in PCT/CN2019/123456");
    }

    @ParameterizedTest
    @CsvSource({"PCT/CN2019/12345, 9", "PCT/CN2019/1234567, 11", "PCT/CN03/00123, 7"})
    void woNumberOfWrongLengthSaysHowManyDigitsWereFound(String input, int found) {
        assertRejected(PatentOffice.WO, input, "applicationNumber.wo.length",
                "found " + found + " digits; a PCT application number has 10 after the receiving office"
                        + " (a 4-digit year and a 6-digit serial number)",
                found);
    }

    @Test
    void woNumberBefore2004IsImplausible() {
        assertRejected(PatentOffice.WO, "PCT/CN2003/123456", "applicationNumber.year",
                "the filing year 2003 is not plausible; expected 2004 to " + THIS_YEAR, 2003, 2004, THIS_YEAR);
    }

    @ParameterizedTest
    @ValueSource(strings = {"PCT/CN2019/12345A", "PCT/CNX2019/123456", "PCT/CN201/9123456"})
    void woLettersOrSlashOutOfPlaceAreNotTheUsualForm(String input) {
        assertRejected(PatentOffice.WO, input, "applicationNumber.format",
                "this is not how a WO application number is written; it looks like PCT/CN2019/123456",
                "WO", "PCT/CN2019/123456");
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {"PCT/CN2019-123456 | -", "PCT/CN2019/123.456 | ."})
    void woCharacterThatCanNeverAppearIsNamed(String input, String character) {
        assertRejected(PatentOffice.WO, input, "applicationNumber.character",
                "the character '" + character + "' cannot appear in a WO application number", character, "WO");
    }

    // ---- helpers ----

    /** The digits with their CN check character, for tests about other parts of the number. */
    private static String cn(String digits) {
        return digits + "." + ApplicationNumber.cnCheckCharacter(digits);
    }

    private static void assertRejected(PatentOffice office, String input, String code, String message,
                                       Object... arguments) {
        assertThatThrownBy(() -> ApplicationNumber.parse(office, input))
                .as("%s %s", office, input)
                .isInstanceOfSatisfying(InvalidValueException.class, e -> {
                    assertThat(e.code()).isEqualTo(code);
                    assertThat(e.getMessage()).isEqualTo(message);
                    assertThat(e.arguments()).containsExactly(arguments);
                });
    }
}
