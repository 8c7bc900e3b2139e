package org.aiip.tracker.importing.internal;

import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import org.aiip.tracker.member.MemberAlias;
import org.aiip.tracker.member.MemberService;

/** The review queue of company names (/admin/names): admins only (SecurityConfig). */
@Controller
class NameReviewController {

    private final NameReviewService names;

    private final MemberService members;

    NameReviewController(NameReviewService names, MemberService members) {
        this.names = names;
        this.members = members;
    }

    @GetMapping("/admin/names")
    String queue(Model model) {
        model.addAttribute("pending", this.names.pending());
        model.addAttribute("decided", this.names.decided());
        model.addAttribute("members", this.members.all());
        model.addAttribute("kinds", MemberAlias.Kind.values());
        return "importing/names";
    }

    @PostMapping("/admin/names/{id}/assign")
    String assign(@PathVariable long id, @RequestParam long version, @RequestParam(required = false) Long memberId,
            @RequestParam(defaultValue = "LEGAL_ENTITY") MemberAlias.Kind kind, RedirectAttributes redirect) {
        if (memberId == null) {
            redirect.addFlashAttribute("problem", "names.problem.noMember");
            redirect.addFlashAttribute("problemId", id);
            return "redirect:/admin/names";
        }
        return decided(redirect, () -> this.names.assign(id, version, memberId, kind));
    }

    @PostMapping("/admin/names/{id}/not-member")
    String notMember(@PathVariable long id, @RequestParam long version, RedirectAttributes redirect) {
        return decided(redirect, () -> this.names.markNotMember(id, version));
    }

    private static String decided(RedirectAttributes redirect, java.util.function.Supplier<NameReviewService.Outcome> decision) {
        try {
            NameReviewService.Outcome outcome = decision.get();
            redirect.addFlashAttribute("outcome", outcome);
        }
        catch (OptimisticLockingFailureException ex) {
            redirect.addFlashAttribute("problem", "names.problem.stale");
        }
        return "redirect:/admin/names";
    }

}
