package org.aiip.tracker.clause.internal;

import java.util.List;
import java.util.Locale;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;

import org.aiip.tracker.system.NotFoundException;
import org.aiip.tracker.clause.ClauseService;
import org.aiip.tracker.clause.ClauseVersions;
import org.aiip.tracker.clause.ClauseTextVersion;

/** The public list of a clause's text versions and any one version (everyone: SecurityConfig). */
@Controller
class ClauseVersionsController {

    private final ClauseService clauses;

    private final ClauseVersions versions;

    ClauseVersionsController(ClauseService clauses, ClauseVersions versions) {
        this.clauses = clauses;
        this.versions = versions;
    }

    @GetMapping("/clauses/{number}/versions")
    String list(@PathVariable String number, Model model) {
        int n = clauseNumber(number);
        List<ClauseTextVersion> all = this.versions.versions(n);
        model.addAttribute("number", n);
        model.addAttribute("versions", all);
        model.addAttribute("languages", all.stream().map(ClauseTextVersion::getLang).distinct().toList());
        return "clauses/versions";
    }

    /** One numbered version in the page's language (else English); an unknown number is a 404. */
    @GetMapping(value = "/clauses/{number}", params = "version")
    String version(@PathVariable String number, @RequestParam String version, Locale locale, Model model) {
        int n = clauseNumber(number);
        int versionNo = parse(version);
        ClauseTextVersion shown = this.versions.numbered(n, locale, versionNo)
            .orElseThrow(() -> new NotFoundException("clause " + n + " version " + version));
        model.addAttribute("number", n);
        model.addAttribute("version", shown);
        model.addAttribute("current", this.versions.shown(n, Locale.forLanguageTag(shown.getLang()), null).orElse(null));
        model.addAttribute("count", this.versions.count(n, shown.getLang()));
        return "clauses/version";
    }

    private int clauseNumber(String number) {
        int n = parse(number);
        this.clauses.byNumber(n).orElseThrow(() -> new NotFoundException("clause " + number));
        return n;
    }

    private static int parse(String value) {
        try {
            return Integer.parseInt(value);
        }
        catch (NumberFormatException ex) {
            throw new NotFoundException("clause " + value);
        }
    }

}
