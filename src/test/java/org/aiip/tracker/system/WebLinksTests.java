package org.aiip.tracker.system;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class WebLinksTests {

    @Test
    void onlyHttpAndHttpsAddressesAreWebLinks() {
        assertThat(WebLinks.isWeb("https://example.org")).isTrue();
        assertThat(WebLinks.isWeb("HTTP://example.org")).isTrue();
        assertThat(WebLinks.isWeb("javascript:alert(1)")).isFalse();
        assertThat(WebLinks.isWeb("ftp://example.org")).isFalse();
        assertThat(WebLinks.isWeb("www.example.org")).isFalse();
        assertThat(WebLinks.isWeb(null)).isFalse();
    }

}
