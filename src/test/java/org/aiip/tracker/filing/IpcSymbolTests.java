package org.aiip.tracker.filing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.NullAndEmptySource;
import org.junit.jupiter.params.provider.ValueSource;

class IpcSymbolTests {

    @ParameterizedTest
    @ValueSource(strings = {"G06N 3/08", "G06N3/08", "g06n 3/08", "G06N  3/08", " G06N 3 / 08 ", "G06N 0003/08",
            "G06N 03/08", "Ｇ０６Ｎ　３／０８", "G06N 3/08 (2006.01)", "G06N3/08(2023.01)", "G06N 3/08 (2006.01) I"})
    void symbolIsReadInTheFormsPeopleType(String input) {
        IpcSymbol symbol = IpcSymbol.parse(input);
        assertThat(symbol.normalised()).isEqualTo("G06N 3/08");
        assertThat(symbol.toString()).isEqualTo("G06N 3/08");
    }

    @Test
    void symbolHasItsHierarchyLevels() {
        IpcSymbol symbol = IpcSymbol.parse("g06n 3/0464");
        assertThat(symbol.section()).isEqualTo("G");
        assertThat(symbol.ipcClass()).isEqualTo("G06");
        assertThat(symbol.subclass()).isEqualTo("G06N");
        assertThat(symbol.mainGroup()).isEqualTo("G06N 3/00");
        assertThat(symbol.mainGroupNumber()).isEqualTo(3);
        assertThat(symbol.subgroup()).isEqualTo("0464");
        assertThat(symbol.normalised()).isEqualTo("G06N 3/0464");
    }

    @ParameterizedTest
    @CsvSource({
            "A61K 31/00, A61K 31/00",
            "H04L 9/32, H04L 9/32",
            "G06F 1234/567890, G06F 1234/567890",
            "B01D0053/94, B01D 53/94",
            "G06N 10/00, G06N 10/00",
    })
    void symbolsOfEverySizeAreNormalised(String input, String normalised) {
        assertThat(IpcSymbol.parse(input).normalised()).isEqualTo(normalised);
    }

    @Test
    void symbolsAreEqualWhenTheirNormalisedFormsAre() {
        assertThat(IpcSymbol.parse("g06n3/08")).isEqualTo(IpcSymbol.parse("G06N 0003/08"))
                .hasSameHashCodeAs(IpcSymbol.parse("G06N 3/08"));
        assertThat(IpcSymbol.parse("G06N 3/08")).isNotEqualTo(IpcSymbol.parse("G06N 3/080"));
    }

    @ParameterizedTest
    @NullAndEmptySource
    @ValueSource(strings = {"   ", "(2006.01)"})
    void blankSymbolIsRequired(String input) {
        assertRejected(input, "ipc.required", "the IPC symbol is required");
    }

    @ParameterizedTest
    @CsvSource({"Z01N 3/08, Z", "I06N 3/08, I", "06N 3/08, 0", "/06N 3/08, /"})
    void sectionOutsideAToHIsNamed(String input, String section) {
        assertRejected(input, "ipc.section", "the section must be a letter A–H, not " + section, section);
    }

    @ParameterizedTest
    @CsvSource({"G6N 3/08, G6N", "GN06 3/08, GN0", "G00N 3/08, G00", "G0, G0"})
    void classThatIsNotTwoDigitsIsRejected(String input, String given) {
        assertRejected(input, "ipc.class", "the class must be two digits after the section, as in G06, not " + given,
                given);
    }

    @ParameterizedTest
    @CsvSource({"G063 3/08, G063", "G06, G06", "G06/08, G06/"})
    void missingSubclassLetterIsRejected(String input, String given) {
        assertRejected(input, "ipc.subclass", "the subclass must be a letter after the class, as in G06N, not " + given,
                given);
    }

    @Test
    void subclassAloneIsNotASymbol() {
        assertRejected("g06n", "ipc.groupMissing",
                "the main group and subgroup are missing: G06N is a subclass; a symbol looks like G06N 3/08", "G06N");
    }

    @ParameterizedTest
    @ValueSource(strings = {"G06N3", "G06N 3/08/1", "G06N 3A/08", "G06N 3/0B"})
    void symbolWithoutTheSlashFormIsRejected(String input) {
        String typed = input.replace(" ", "");
        assertRejected(input, "ipc.format", "'" + typed + "' is not an IPC symbol; a symbol looks like G06N 3/08",
                typed);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {"G06N 0/08 | 0", "G06N 0000/08 | 0000", "G06N /08 | ''", "G06N 12345/00 | 12345"})
    void mainGroupOutside1To9999IsRejected(String input, String given) {
        assertRejected(input, "ipc.mainGroup", "the main group must be a number from 1 to 9999, not '" + given + "'",
                given);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {"G06N 3/8 | 8", "G06N 3/ | ''", "G06N 3/1234567 | 1234567"})
    void subgroupOutsideTwoToSixDigitsIsRejected(String input, String given) {
        assertRejected(input, "ipc.subgroup",
                "the subgroup must have 2 to 6 digits, as in 3/08 or 3/0464, not '" + given + "'", given);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {"G06N 3-08 | -", "G06N 3/08; | ;", "G06N 3.08 | .", "G06N#3/08 | #"})
    void characterThatCanNeverAppearIsNamed(String input, String character) {
        assertRejected(input, "ipc.character", "the character '" + character + "' cannot appear in an IPC symbol",
                character);
    }

    // ---- lists ----

    @Test
    void listIsSplitOnSemicolonsCommasAndLineBreaksKeepingOrderWithoutRepeats() {
        assertThat(IpcSymbol.parseList("G06N3/08; g06n 3/08\nG06F 17/00,, ;G06N 3/0464\r\n\r\nG06N 3/08 (2006.01)"))
                .extracting(IpcSymbol::normalised)
                .containsExactly("G06N 3/08", "G06F 17/00", "G06N 3/0464");
    }

    @ParameterizedTest
    @NullAndEmptySource
    @ValueSource(strings = {"  ", " ; , \n "})
    void blankListIsEmpty(String input) {
        assertThat(IpcSymbol.parseList(input)).isEmpty();
    }

    @Test
    void listWithAnInvalidEntryReportsThatEntry() {
        assertThatThrownBy(() -> IpcSymbol.parseList("G06N 3/08; Z99Z 1/00"))
                .isInstanceOfSatisfying(InvalidValueException.class, e -> assertThat(e.code()).isEqualTo("ipc.section"))
                .hasMessage("the section must be a letter A–H, not Z");
    }

    @Test
    void listIsUnmodifiable() {
        assertThatThrownBy(() -> IpcSymbol.parseList("G06N 3/08").add(IpcSymbol.parse("G06F 17/00")))
                .isInstanceOf(UnsupportedOperationException.class);
    }

    // ---- search prefixes ----

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "g | G",
            "G0 | G0",
            "G06 | G06",
            "g06 | G06",
            "g06n | G06N",
            "G06N0 | G06N",
            "g06n3 | G06N 3",
            "G06N 3 | G06N 3",
            "G06N03 | G06N 3",
            "G06N  0003 | G06N 3",
            "G06N3/ | G06N 3/",
            "g06n3/0 | G06N 3/0",
            "G06N 3/08 | G06N 3/08",
            "G06N 3/0464 | G06N 3/0464",
            "Ｇ０６Ｎ３ | G06N 3",
    })
    void prefixIsBroughtIntoNormalisedForm(String input, String prefix) {
        assertThat(IpcSymbol.normalisePrefix(input)).isEqualTo(prefix);
    }

    @ParameterizedTest
    @NullAndEmptySource
    @ValueSource(strings = {"  ", "Z", "06N", "G0N", "G06N/08", "G06N 3/1234567", "G06N 12345", "G06N 3-08", "%",
            "G06NN"})
    void unusablePrefixGivesNull(String input) {
        assertThat(IpcSymbol.normalisePrefix(input)).isNull();
    }

    private static void assertRejected(String input, String code, String message, Object... arguments) {
        assertThatThrownBy(() -> IpcSymbol.parse(input))
                .as(input)
                .isInstanceOfSatisfying(InvalidValueException.class, e -> {
                    assertThat(e.code()).isEqualTo(code);
                    assertThat(e.getMessage()).isEqualTo(message);
                    assertThat(e.arguments()).containsExactly(arguments);
                });
    }
}
