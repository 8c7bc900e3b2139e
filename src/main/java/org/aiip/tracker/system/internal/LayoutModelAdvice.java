package org.aiip.tracker.system.internal;

import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;

import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.http.HttpServletRequest;

import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;
import org.springframework.web.util.UriComponentsBuilder;

/** What every page's layout needs: the links of the language switcher. */
@ControllerAdvice
class LayoutModelAdvice {

    /**
     * For each language, the current page's address with {@code lang} set to that language. On an error
     * page, the address that failed (not {@code /error}), so that switching the language shows the same
     * error in the other language.
     */
    @ModelAttribute("languageLinks")
    Map<String, String> languageLinks(HttpServletRequest request) {
        Map<String, String> links = new LinkedHashMap<>();
        if (request.getAttribute(RequestDispatcher.ERROR_REQUEST_URI) instanceof String failed) {
            for (Locale locale : LanguageConfig.SUPPORTED) {
                String url;
                try {
                    // The failed address as the visitor sent it, already encoded.
                    url = UriComponentsBuilder.fromPath(failed)
                        .queryParam("lang", locale.getLanguage())
                        .build(true)
                        .toUriString();
                }
                catch (IllegalArgumentException ex) {
                    url = "/?lang=" + locale.getLanguage();
                }
                links.put(locale.getLanguage(), url);
            }
            return links;
        }
        for (Locale locale : LanguageConfig.SUPPORTED) {
            String url;
            try {
                // The current query is already encoded: keep it as it is, or it would be encoded twice.
                url = ServletUriComponentsBuilder.fromCurrentRequest()
                    .replaceQueryParam("lang", locale.getLanguage())
                    .build(true)
                    .toUriString();
            }
            catch (IllegalArgumentException ex) {
                url = ServletUriComponentsBuilder.fromCurrentRequestUri()
                    .replaceQuery(null)
                    .queryParam("lang", locale.getLanguage())
                    .build()
                    .toUriString();
            }
            links.put(locale.getLanguage(), url);
        }
        return links;
    }

}
