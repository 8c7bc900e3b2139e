package org.aiip.tracker.membership.internal;

import jakarta.validation.Valid;

import org.springframework.beans.propertyeditors.StringTrimmerEditor;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.WebDataBinder;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.InitBinder;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import org.aiip.tracker.member.MemberCompany;
import org.aiip.tracker.membership.MembershipService;
import org.aiip.tracker.membership.MembershipKind;

/**
 * The admins' forms for a member's membership events (admins only: SecurityConfig's
 * /members/{slug}/membership/** rule). The timeline itself is on the public member page.
 */
@Controller
class MembershipController {

    private static final String FORM = "membership/form";

    private final MembershipService membership;

    MembershipController(MembershipService membership) {
        this.membership = membership;
    }

    @InitBinder("membershipForm")
    void allowOnlyFormFields(WebDataBinder binder) {
        binder.setAllowedFields(MembershipForm.FIELDS);
        binder.registerCustomEditor(String.class, new StringTrimmerEditor(true));
    }

    @GetMapping("/members/{slug}/membership/new")
    String form(@PathVariable String slug, Model model) {
        MemberCompany member = this.membership.forAdmin(slug);
        model.addAttribute("membershipForm", new MembershipForm());
        return form(model, member);
    }

    @PostMapping("/members/{slug}/membership")
    String add(@PathVariable String slug, @Valid @ModelAttribute("membershipForm") MembershipForm form,
            BindingResult result, Model model, RedirectAttributes redirect) {
        MemberCompany member = this.membership.forAdmin(slug);
        if (result.hasErrors()) {
            return form(model, member);
        }
        this.membership.add(slug, form);
        redirect.addFlashAttribute("flash", "membership.saved");
        return "redirect:/members/" + member.getSlug() + "#membership";
    }

    @PostMapping("/members/{slug}/membership/{id}/delete")
    String remove(@PathVariable String slug, @PathVariable Long id, RedirectAttributes redirect) {
        this.membership.remove(slug, id);
        redirect.addFlashAttribute("flash", "membership.removed");
        return "redirect:/members/" + slug + "#membership";
    }

    private String form(Model model, MemberCompany member) {
        model.addAttribute("member", member);
        model.addAttribute("kinds", MembershipKind.values());
        return FORM;
    }

}
