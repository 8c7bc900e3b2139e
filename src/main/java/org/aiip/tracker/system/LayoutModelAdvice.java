package org.aiip.tracker.system;

import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;

import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;

/** What every page's layout needs: the links of the language switcher. */
@ControllerAdvice
class LayoutModelAdvice {

    /** For each language, the current page's address with {@code lang} set to that language. */
    @ModelAttribute("languageLinks")
    Map<String, String> languageLinks() {
        Map<String, String> links = new LinkedHashMap<>();
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
