package org.aiip.tracker.filing.internal;

import java.util.Comparator;
import java.util.List;
import java.util.Locale;

import jakarta.servlet.http.HttpServletResponse;

import org.hibernate.search.util.common.SearchTimeoutException;

import org.aiip.tracker.filing.FilingAccess;
import org.aiip.tracker.filing.FilingListRow;
import org.aiip.tracker.filing.FilingRules;
import org.aiip.tracker.filing.FilingSearch;
import org.aiip.tracker.filing.FilingSearchForm;
import org.aiip.tracker.filing.FilingSearchResult;
import org.aiip.tracker.filing.FilingService;
import org.aiip.tracker.filing.FilingVisibility;
import org.aiip.tracker.filing.LegalStatus;
import org.aiip.tracker.filing.PatentOffice;
import org.aiip.tracker.member.MemberRef;
import org.aiip.tracker.member.MemberService;
import org.aiip.tracker.system.NotFoundException;
import org.aiip.tracker.system.PathIds;

import org.springframework.dao.QueryTimeoutException;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;

/** The public filing list with its filters, and the page of one filing. */
@Controller
class FilingController {

    private final FilingService filings;

    private final MemberService members;

    private final FilingPageService pages;

    FilingController(FilingService filings, MemberService members, FilingPageService pages) {
        this.filings = filings;
        this.members = members;
        this.pages = pages;
    }

    @GetMapping("/filings")
    String list(FilingSearchForm form, Locale locale, Model model, HttpServletResponse response) {
        FilingSearch search = form.toSearch();
        FilingSearchResult result;
        try {
            result = this.filings.search(search, visibility());
        }
        catch (SearchTimeoutException | QueryTimeoutException ex) {
            // Stopped at the time limit: the page says so and what narrows the search (never cached: not a 200).
            response.setStatus(HttpServletResponse.SC_SERVICE_UNAVAILABLE);
            model.addAttribute("timedOut", true);
            result = new FilingSearchResult(search, List.of(), 0, 0, FilingService.PAGE_SIZE);
        }
        model.addAttribute("result", result);
        model.addAttribute("search", result.search());
        model.addAttribute("members", membersByName(locale));
        model.addAttribute("areas", this.filings.areas());
        model.addAttribute("offices", PatentOffice.values());
        model.addAttribute("statuses", LegalStatus.values());
        model.addAttribute("sorts", FilingSearch.Sort.values());
        return "filings/list";
    }

    /** Any id that is not a visible filing, including one that is not a number, is the 404 page. */
    @GetMapping("/filings/{id}")
    String detail(@PathVariable String id, Model model) {
        long filingId = PathIds.parse(id, "Filing");
        FilingPageService.FilingPage page = this.pages.page(filingId, visibility());
        model.addAttribute("detail", page.detail());
        model.addAttribute("mayEdit", FilingAccess.mayEdit(page.detail().filing()));
        model.addAttribute("mentions", page.mentions());
        return "filings/detail";
    }

    /** A family across offices: every filing that shares its key (a priority application, mostly). */
    @GetMapping("/families/{key}")
    String family(@PathVariable String key, Model model) {
        if (key.length() > FilingRules.FAMILY_KEY_MAX) {
            throw new NotFoundException("Family " + key);
        }
        List<FilingListRow> family = this.filings.family(key, visibility());
        model.addAttribute("familyKey", key);
        model.addAttribute("family", family);
        model.addAttribute("offices", family.stream().map(FilingListRow::office).distinct().toList());
        return "filings/family";
    }

    private List<MemberRef> membersByName(Locale locale) {
        return this.members.refs().stream().sorted(Comparator.comparing(m -> m.name(locale))).toList();
    }

    /** Who is looking: admins see every filing, editors also their company's unpublished ones. */
    private FilingVisibility visibility() {
        return FilingAccess.visibility();
    }

}
