package org.aiip.tracker.system;

import java.util.Locale;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class LocalizedTextTests {

    private static final LocalizedText BAIDU = new LocalizedText("Baidu", "바이두", "百度");

    @Test
    void eachReaderGetsTheirLanguageAndKoreanOrChineseIsMarkedAsTranslation() {
        assertThat(BAIDU.in(Locale.ENGLISH)).isEqualTo(new ShownText("Baidu", "en", false, false));
        assertThat(BAIDU.in(Locale.KOREAN)).isEqualTo(new ShownText("바이두", "ko", true, false));
        assertThat(BAIDU.in(Locale.SIMPLIFIED_CHINESE)).isEqualTo(new ShownText("百度", "zh", true, false));
        assertThat(BAIDU.in(Locale.KOREAN, true).translation()).as("Korean as the source's own words").isFalse();
    }

    @Test
    void aMissingOrBlankVersionFallsBackToEnglishAndSaysSo() {
        LocalizedText englishOnly = new LocalizedText("Haier", " ", null);
        assertThat(englishOnly.in(Locale.KOREAN)).isEqualTo(new ShownText("Haier", "en", false, true));
        assertThat(englishOnly.in(Locale.CHINESE)).isEqualTo(new ShownText("Haier", "en", false, true));
        assertThat(englishOnly.in(Locale.ENGLISH).fellBack()).as("English asked, English given").isFalse();
        assertThat(englishOnly.text(Locale.KOREAN)).isEqualTo("Haier");
        assertThat(new LocalizedText(null, null, null).in(Locale.KOREAN).fellBack()).as("nothing to show").isFalse();
    }

}
