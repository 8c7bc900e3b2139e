package org.aiip.tracker.overview;

import java.util.Locale;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;

/** The public pages of the eight clauses. */
@Controller
class ClausePagesController {

    private final ClauseOverviewService clauses;

    ClausePagesController(ClauseOverviewService clauses) {
        this.clauses = clauses;
    }

    @GetMapping("/clauses")
    String list(Locale locale, Model model) {
        model.addAttribute("rows", this.clauses.list(locale));
        return "overview/clauses";
    }

    /** The number stays a string so that "abc" is a 404 like "9", not a 400. */
    @GetMapping("/clauses/{number}")
    String clause(@PathVariable String number, Locale locale, Model model) {
        model.addAttribute("page", this.clauses.page(number, locale));
        return "overview/clause";
    }

}
