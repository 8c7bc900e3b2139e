package org.aiip.tracker.member.internal;

import jakarta.validation.Valid;

import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.WebDataBinder;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.InitBinder;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import org.aiip.tracker.member.MemberAlias;
import org.aiip.tracker.member.MemberCompany;
import org.aiip.tracker.member.MemberRef;

/**
 * A member's names in registers: admins add, approve and remove them; the company's editors propose
 * names (SecurityConfig names the roles, {@link MemberAliasService} the companies).
 */
@Controller
class MemberAliasController {

    private static final String PAGE = "members/aliases";

    private final MemberAliasService aliases;

    MemberAliasController(MemberAliasService aliases) {
        this.aliases = aliases;
    }

    @InitBinder("aliasForm")
    void allowOnlyAliasFields(WebDataBinder binder) {
        binder.setAllowedFields(AliasForm.FIELDS);
    }

    @GetMapping("/members/{slug}/aliases")
    String page(@PathVariable String slug, Model model) {
        return show(this.aliases.member(slug), new AliasForm(), model);
    }

    @PostMapping("/members/{slug}/aliases")
    String add(@PathVariable String slug, @Valid @ModelAttribute("aliasForm") AliasForm form, BindingResult result,
            Model model, RedirectAttributes redirect) {
        MemberCompany member = this.aliases.member(slug);
        if (result.hasErrors()) {
            return show(member, form, model);
        }
        try {
            MemberAlias alias = this.aliases.add(slug, form);
            redirect.addFlashAttribute("flash", alias.isApproved() ? "alias.added" : "alias.proposed");
            return "redirect:/members/" + slug + "/aliases";
        }
        catch (MemberRejectedException ex) {
            result.rejectValue(ex.field(), ex.code(), ex.getMessage());
            return show(member, form, model);
        }
    }

    @PostMapping("/members/{slug}/aliases/{id}/approve")
    String approve(@PathVariable String slug, @PathVariable long id, @RequestParam long version,
            RedirectAttributes redirect) {
        return act(slug, redirect, "alias.approved", () -> this.aliases.approve(slug, id, version));
    }

    @PostMapping("/members/{slug}/aliases/{id}/remove")
    String remove(@PathVariable String slug, @PathVariable long id, @RequestParam long version,
            RedirectAttributes redirect) {
        return act(slug, redirect, "alias.removed", () -> this.aliases.remove(slug, id, version));
    }

    private static String act(String slug, RedirectAttributes redirect, String done, Runnable action) {
        try {
            action.run();
            redirect.addFlashAttribute("flash", done);
        }
        catch (OptimisticLockingFailureException ex) {
            redirect.addFlashAttribute("problem", "alias.stale");
        }
        return "redirect:/members/" + slug + "/aliases";
    }

    private String show(MemberCompany member, AliasForm form, Model model) {
        model.addAttribute("member", MemberRef.of(member));
        model.addAttribute("aliases", this.aliases.aliasesOf(member));
        model.addAttribute("aliasForm", form);
        model.addAttribute("kinds", MemberAlias.Kind.values());
        return PAGE;
    }

}
