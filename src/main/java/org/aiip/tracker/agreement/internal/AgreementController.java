package org.aiip.tracker.agreement.internal;

import java.util.Locale;

import org.aiip.tracker.system.NotFoundException;
import org.aiip.tracker.system.PathIds;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;

/** The public pages of cooperation agreements: the list and one agreement. */
@Controller
class AgreementController {

    private final AgreementPages pages;

    AgreementController(AgreementPages pages) {
        this.pages = pages;
    }

    @GetMapping("/agreements")
    String list(Locale locale, Model model) {
        model.addAttribute("agreements", this.pages.list(locale));
        return "agreements/list";
    }

    // The id is taken as text so that /agreements/abc is a 404 page like any unknown id, not a 400.
    @GetMapping("/agreements/{id}")
    String detail(@PathVariable String id, Locale locale, Model model) {
        model.addAttribute("detail", this.pages.detail(PathIds.parse(id, "Agreement"), locale)
            .orElseThrow(() -> new NotFoundException("Agreement " + id)));
        return "agreements/detail";
    }

}
