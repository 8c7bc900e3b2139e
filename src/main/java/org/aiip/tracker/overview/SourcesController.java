package org.aiip.tracker.overview;

import java.util.List;

import org.springframework.stereotype.Controller;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

import org.aiip.tracker.filing.FilingStatistics;
import org.aiip.tracker.initiative.InitiativeService;
import org.aiip.tracker.initiative.ReferenceRanking;

/**
 * Where the tracker's facts come from (/sources, public): the source article of the initiative, the
 * pages that report the reference ranking, and the public register pages the real filings cite.
 */
@Controller
class SourcesController {

    private final InitiativeService initiatives;

    private final FilingStatistics statistics;

    SourcesController(InitiativeService initiatives, FilingStatistics statistics) {
        this.initiatives = initiatives;
        this.statistics = statistics;
    }

    /** A page that reports the ranking, with its address. */
    record RankingPage(String reportedBy, String url, String report) {
    }

    @GetMapping("/sources")
    @Transactional(readOnly = true)
    String sources(Model model) {
        model.addAttribute("initiative", this.initiatives.initiative().view());
        List<ReferenceRanking> ranking = this.initiatives.referenceRanking();
        model.addAttribute("rankingPages", ranking.stream()
            .map(r -> new RankingPage(r.getReportedBy(), r.getReportedUrl(), r.getSource()))
            .distinct()
            .toList());
        model.addAttribute("filingSites", this.statistics.sourcePages());
        return "overview/sources";
    }

}
