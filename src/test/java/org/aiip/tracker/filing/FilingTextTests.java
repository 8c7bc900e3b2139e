package org.aiip.tracker.filing;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** The analyser a title or abstract is indexed under follows its script, whatever Latin text surrounds it. */
class FilingTextTests {

    @Test
    void latinTextIsEnglish() {
        assertThat(FilingText.Script.of("Deep learning method, e.g. for \"vehicles\" (v2) – Æther, ĀŁ, ÿ"))
            .isEqualTo(FilingText.Script.ENGLISH);
        // Greek and Cyrillic are neither Han nor Hangul.
        assertThat(FilingText.Script.of("Μέθοδος ᾯ и метод")).isEqualTo(FilingText.Script.ENGLISH);
    }

    @Test
    void hanOrKanaMakesItChineseJapaneseKorean() {
        assertThat(FilingText.Script.of("基于深度学习的图像识别方法")).isEqualTo(FilingText.Script.CJK);
        assertThat(FilingText.Script.of("Method for 深度 learning")).isEqualTo(FilingText.Script.CJK);
        assertThat(FilingText.Script.of("ニューラル ネットワーク")).isEqualTo(FilingText.Script.CJK);
        assertThat(FilingText.Script.of("ひらがな")).isEqualTo(FilingText.Script.CJK);
        assertThat(FilingText.Script.of("𠀀 extension B")).isEqualTo(FilingText.Script.CJK);
    }

    @Test
    void hangulAnywhereMakesItKorean() {
        assertThat(FilingText.Script.of("딥러닝 기반 영상 인식 방법")).isEqualTo(FilingText.Script.KOREAN);
        assertThat(FilingText.Script.of("深度 learning 방법")).isEqualTo(FilingText.Script.KOREAN);
        // The first Hangul Jamo (U+1100), where Latin text stops being skipped.
        assertThat(FilingText.Script.of("Jamo \u1100")).isEqualTo(FilingText.Script.KOREAN);
    }

}
