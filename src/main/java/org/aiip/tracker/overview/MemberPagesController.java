package org.aiip.tracker.overview;

import java.util.Locale;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;

/** The public members list and member profiles. */
@Controller
class MemberPagesController {

    private final MemberOverviewService members;

    MemberPagesController(MemberOverviewService members) {
        this.members = members;
    }

    @GetMapping("/members")
    String list(Model model) {
        model.addAttribute("rows", this.members.list());
        return "overview/members";
    }

    @GetMapping("/members/{slug}")
    String profile(@PathVariable String slug, Locale locale, Model model) {
        model.addAttribute("profile", this.members.profile(slug, locale));
        return "overview/member";
    }

}
