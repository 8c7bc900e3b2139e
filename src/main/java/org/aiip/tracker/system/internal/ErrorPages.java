package org.aiip.tracker.system.internal;

import java.util.Map;
import java.util.Set;

import jakarta.servlet.http.HttpServletRequest;

import org.springframework.boot.webmvc.autoconfigure.error.ErrorViewResolver;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Component;
import org.springframework.web.servlet.ModelAndView;

/**
 * Every error the container sends to {@code /error} as the tracker's own page, in the visitor's
 * language and with the navigation: 404 has a page of its own, every other status the general
 * error page with a title and text of its own (400, 403, 405, 413, 429, 500, ...). Nothing of the
 * error itself (exception, message, path) is shown. {@code /error} opened directly is not an error
 * of any request: it answers 404. The API's errors never come here; they are problem details
 * ({@code api/ApiExceptionHandler}).
 */
@Component
class ErrorPages implements ErrorViewResolver {

    /** What Spring Boot reports as the status of {@code /error} opened directly. */
    private static final int NO_ERROR = 999;

    /** The statuses with a title and text of their own (error.N.title, error.N.text); others get the general ones. */
    private static final Set<Integer> OWN_TEXTS = Set.of(400, 403, 405, 413, 429, 500);

    @Override
    public ModelAndView resolveErrorView(HttpServletRequest request, HttpStatus status, Map<String, Object> model) {
        HttpStatus shown = (model.get("status") instanceof Integer code && code == NO_ERROR) ? HttpStatus.NOT_FOUND
                : status;
        if (shown == HttpStatus.NOT_FOUND) {
            return new ModelAndView("error/404", Map.of("status", shown.value()), shown);
        }
        String messages = OWN_TEXTS.contains(shown.value()) ? "error." + shown.value() : "error";
        return new ModelAndView("error/error",
                Map.of("status", shown.value(), "titleKey", messages + ".title", "textKey", messages + ".text"), shown);
    }

}
