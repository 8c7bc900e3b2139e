package org.aiip.tracker.system;

import java.util.Locale;

import org.springframework.stereotype.Component;

/**
 * Which stored addresses pages show as links, for templates: {@code th:if="${@links.web(e.link)}"}. Only http and
 * https addresses (the scheme in any case, as RFC 3986 allows) become links; anything else (a javascript: or data:
 * address, a note, a file name) is shown as text or not at all. One check, so that every page decides alike.
 */
@Component("links")
public class WebLinks {

    /** Whether the address is an http or https one. */
    public boolean web(String address) {
        return isWeb(address);
    }

    /** The same, for Java code. */
    public static boolean isWeb(String address) {
        if (address == null) {
            return false;
        }
        String lower = address.toLowerCase(Locale.ROOT);
        return lower.startsWith("https://") || lower.startsWith("http://");
    }

}
