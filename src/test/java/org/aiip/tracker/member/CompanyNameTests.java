package org.aiip.tracker.member;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import static org.assertj.core.api.Assertions.assertThat;

/** One company, written the ways registers and export files write it, has one matching key. */
class CompanyNameTests {

    @ParameterizedTest
    @ValueSource(strings = { "BEIJING BAIDU NETCOM SCIENCE & TECHNOLOGY CO., LTD.",
            "Beijing Baidu Netcom Science and Technology Co Ltd", "BEIJING BAIDU NETCOM SCI & TECH CO LTD [CN]",
            "beijing baidu netcom science and technology company limited",
            "ＢＥＩＪＩＮＧ ＢＡＩＤＵ ＮＥＴＣＯＭ ＳＣＩＥＮＣＥ ＡＮＤ ＴＥＣＨＮＯＬＯＧＹ ＣＯ．，ＬＴＤ．" })
    void theSpellingsOfBaiduNetcomMatch(String written) {
        assertThat(CompanyName.key(written))
            .isEqualTo(CompanyName.key("Beijing Baidu Netcom Science and Technology Co., Ltd."));
    }

    @Test
    void fullWidthAndHalfWidthChineseNamesMatch() {
        assertThat(CompanyName.key("百度在线网络技术（北京）有限公司")).isEqualTo(CompanyName.key("百度在线网络技术(北京)有限公司"));
    }

    @Test
    void differentCompaniesDoNotMatch() {
        assertThat(CompanyName.key("Baidu USA LLC"))
            .isNotEqualTo(CompanyName.key("Baidu Online Network Technology (Beijing) Co., Ltd."));
        assertThat(CompanyName.key("Haier Smart Home Co Ltd")).isNotEqualTo(CompanyName.key("Haier Group Corp"));
    }

    @Test
    void theCountrySuffixIsLeftOutOfTheShownName() {
        assertThat(CompanyName.clean("  HAIER SMART HOME CO LTD  [CN] ")).isEqualTo("HAIER SMART HOME CO LTD");
    }

}
