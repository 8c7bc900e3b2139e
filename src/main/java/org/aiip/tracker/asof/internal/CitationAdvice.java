package org.aiip.tracker.asof.internal;

import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Arrays;
import java.util.List;

import jakarta.servlet.http.HttpServletRequest;

import org.springframework.http.server.PathContainer;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.util.pattern.PathPattern;
import org.springframework.web.util.pattern.PathPatternParser;

/**
 * Gives today's public pages their "cite this page" block: today's date and the permanent link that
 * shows the record as of today again. The "as of" pages set their own.
 */
@ControllerAdvice
class CitationAdvice {

    private static final List<PathPattern> CITABLE = Arrays
        .stream(new String[] { "/", "/members", "/members/{slug}", "/clauses", "/clauses/{number}",
                "/filings/{id:[0-9]+}", "/data" })
        .map(new PathPatternParser()::parse)
        .toList();

    @ModelAttribute
    void citation(HttpServletRequest request, org.springframework.ui.Model model) {
        if (!"GET".equals(request.getMethod()) || model.containsAttribute("citation")) {
            return;
        }
        PathContainer path = PathContainer.parsePath(request.getRequestURI());
        if (CITABLE.stream().anyMatch(p -> p.matches(path))) {
            model.addAttribute("citation", Citation.of(request, LocalDate.now(ZoneOffset.UTC), false));
        }
    }

}
