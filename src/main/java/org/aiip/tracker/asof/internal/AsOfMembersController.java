package org.aiip.tracker.asof.internal;

import java.util.List;

import jakarta.servlet.http.HttpServletRequest;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

import org.aiip.tracker.membership.MembershipService;
import org.aiip.tracker.membership.Standing;

/** The members page as of a day: who was a member then, by the sourced membership events (public). */
@Controller
class AsOfMembersController {

    private final MembershipService membership;

    AsOfMembersController(MembershipService membership) {
        this.membership = membership;
    }

    @GetMapping(value = "/members", params = "asOf")
    String members(@RequestParam String asOf, HttpServletRequest request, Model model) {
        AsOf day = AsOf.parse(asOf);
        List<Standing> standings = this.membership.standingOn(day.day());
        model.addAttribute("members", standings.stream().filter(Standing::memberThatDay).toList());
        model.addAttribute("others", standings.stream().filter(s -> !s.memberThatDay()).toList());
        model.addAttribute("asOfDay", day.day());
        model.addAttribute("asOfValue", day.toString());
        model.addAttribute("citation", Citation.of(request, day.day(), true));
        return "asof/members";
    }

}
