package org.aiip.tracker.browser;

import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.opentest4j.TestAbortedException;

import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Without Chromium the browser tests skip on a developer's machine, and fail on CI. */
class BrowserSkipRuleTests {

    private static final List<Path> MISSING = List.of(Path.of("/nonexistent/chromium"));

    @Test
    void missingBrowserSkipsOutsideCi() {
        assertThatThrownBy(() -> Browser.assumeInstalled(getClass(), MISSING, false))
            .isInstanceOf(TestAbortedException.class)
            .hasMessageContaining("/nonexistent/chromium is not installed");
    }

    @Test
    void missingBrowserFailsOnCi() {
        assertThatThrownBy(() -> Browser.assumeInstalled(getClass(), MISSING, true))
            .isInstanceOf(AssertionError.class)
            .hasMessageContaining("on CI the browser tests must run");
    }

    @Test
    void installedProgramsPass() {
        assertThatCode(() -> Browser.assumeInstalled(getClass(), List.of(Path.of("/bin/sh")), true))
            .doesNotThrowAnyException();
    }

}
