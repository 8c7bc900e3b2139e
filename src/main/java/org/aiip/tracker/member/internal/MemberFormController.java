package org.aiip.tracker.member.internal;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;

import jakarta.validation.Valid;

import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.orm.ObjectOptimisticLockingFailureException;
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

import org.aiip.tracker.member.MemberCompany;
import org.aiip.tracker.member.MemberRef;
import org.aiip.tracker.member.MemberView;
import org.aiip.tracker.member.MemberRole;
import org.aiip.tracker.system.RecordHistory;
import org.aiip.tracker.system.StaleVersionException;

/**
 * New member, edit, withdraw and history for admins; the profile text for admins and the
 * company's own editors (SecurityConfig names the roles, {@link MemberEditService} the companies).
 */
@Controller
class MemberFormController {

    private static final String FORM = "members/form";

    private static final String PROFILE = "members/profile";

    private static final String WITHDRAW = "members/withdraw";

    private final MemberEditService edits;

    private final RecordHistory history;

    MemberFormController(MemberEditService edits, RecordHistory history) {
        this.edits = edits;
        this.history = history;
    }

    @InitBinder("memberForm")
    void allowOnlyMemberFields(WebDataBinder binder) {
        binder.setAllowedFields(MemberForm.FIELDS);
    }

    @InitBinder("memberProfileForm")
    void allowOnlyProfileFields(WebDataBinder binder) {
        binder.setAllowedFields(MemberProfileForm.FIELDS);
    }

    @GetMapping("/members/new")
    String newMember(Model model) {
        model.addAttribute("memberForm", new MemberForm());
        return form(model, null);
    }

    @PostMapping("/members/new")
    String create(@Valid @ModelAttribute("memberForm") MemberForm form, BindingResult result, Model model,
            RedirectAttributes redirect) {
        if (result.hasErrors()) {
            return form(model, null);
        }
        try {
            MemberCompany member = this.edits.create(form);
            redirect.addFlashAttribute("flash", "members.saved");
            return "redirect:/members/" + member.getSlug();
        }
        catch (MemberRejectedException ex) {
            result.rejectValue(ex.field(), ex.code(), ex.getMessage());
        }
        catch (DataIntegrityViolationException ex) {
            result.rejectValue("slug", "members.slug.taken", "this address is already in use");
        }
        return form(model, null);
    }

    @GetMapping("/members/{slug}/edit")
    String edit(@PathVariable String slug, Model model) {
        MemberCompany member = this.edits.forAdmin(slug);
        model.addAttribute("memberForm", MemberForm.from(member));
        return form(model, member);
    }

    @PostMapping("/members/{slug}/edit")
    String update(@PathVariable String slug, @Valid @ModelAttribute("memberForm") MemberForm form,
            BindingResult result, Model model, RedirectAttributes redirect) {
        MemberCompany member = this.edits.forAdmin(slug);
        if (result.hasErrors()) {
            return form(model, member);
        }
        try {
            MemberCompany saved = this.edits.update(slug, form);
            redirect.addFlashAttribute("flash", "members.saved");
            return "redirect:/members/" + saved.getSlug();
        }
        catch (MemberRejectedException ex) {
            result.rejectValue(ex.field(), ex.code(), ex.getMessage());
        }
        catch (DataIntegrityViolationException ex) {
            result.rejectValue("slug", "members.slug.taken", "this address is already in use");
        }
        catch (StaleVersionException ex) {
            model.addAttribute("conflict", MemberForm.from(ex.current(MemberCompany.class)));
        }
        catch (ObjectOptimisticLockingFailureException ex) {
            model.addAttribute("conflict", MemberForm.from(this.edits.forAdmin(slug)));
        }
        return form(model, this.edits.forAdmin(slug));
    }

    @GetMapping("/members/{slug}/profile")
    String profile(@PathVariable String slug, Model model) {
        MemberCompany member = this.edits.forProfile(slug);
        model.addAttribute("memberProfileForm", MemberProfileForm.from(member));
        model.addAttribute("member", MemberRef.of(member));
        return PROFILE;
    }

    @PostMapping("/members/{slug}/profile")
    String updateProfile(@PathVariable String slug, @Valid @ModelAttribute("memberProfileForm") MemberProfileForm form,
            BindingResult result, Model model, RedirectAttributes redirect) {
        model.addAttribute("member", MemberRef.of(this.edits.forProfile(slug)));
        if (result.hasErrors()) {
            return PROFILE;
        }
        try {
            this.edits.updateProfile(slug, form);
            redirect.addFlashAttribute("flash", "members.profile.saved");
            return "redirect:/members/" + slug;
        }
        catch (StaleVersionException ex) {
            model.addAttribute("conflict", MemberProfileForm.from(ex.current(MemberCompany.class)));
        }
        catch (ObjectOptimisticLockingFailureException ex) {
            model.addAttribute("conflict", MemberProfileForm.from(this.edits.forProfile(slug)));
        }
        model.addAttribute("member", MemberRef.of(this.edits.forProfile(slug)));
        return PROFILE;
    }

    @GetMapping("/members/{slug}/withdraw")
    String withdrawForm(@PathVariable String slug, Model model) {
        withdrawal(model, this.edits.forAdmin(slug));
        model.addAttribute("withdrawnOn", LocalDate.now().toString());
        return WITHDRAW;
    }

    @PostMapping("/members/{slug}/withdraw")
    String withdraw(@PathVariable String slug, @RequestParam(defaultValue = "") String withdrawnOn,
            @RequestParam(defaultValue = "-1") long version, Model model, RedirectAttributes redirect) {
        this.edits.forAdmin(slug);
        try {
            this.edits.withdraw(slug, version, parseDate(withdrawnOn));
            redirect.addFlashAttribute("flash", "members.withdrawn");
            return "redirect:/members/" + slug;
        }
        catch (MemberRejectedException ex) {
            model.addAttribute("dateError", ex.code());
        }
        catch (StaleVersionException | ObjectOptimisticLockingFailureException ex) {
            model.addAttribute("conflict", true);
        }
        withdrawal(model, this.edits.forAdmin(slug));
        model.addAttribute("withdrawnOn", withdrawnOn);
        return WITHDRAW;
    }

    @GetMapping("/members/{slug}/history")
    String history(@PathVariable String slug, Model model) {
        MemberCompany member = this.edits.forProfile(slug);
        model.addAttribute("entries", this.history.history(MemberEditService.AUDIT_TYPE, member.getId()));
        model.addAttribute("recordName", member.getNameEn());
        model.addAttribute("backLink", "/members/" + member.getSlug());
        model.addAttribute("menu", "members");
        return "audit/history";
    }

    private static LocalDate parseDate(String value) {
        if (value.isBlank()) {
            return null;
        }
        try {
            return LocalDate.parse(value.trim());
        }
        catch (DateTimeParseException ex) {
            throw new MemberRejectedException("withdrawnOn", "members.withdraw.dateInvalid", "not a date");
        }
    }

    // The withdrawal page: the member as its page shows it, and the version the form sends back.
    private static void withdrawal(Model model, MemberCompany member) {
        model.addAttribute("member", MemberView.of(member));
        model.addAttribute("version", member.getVersion());
    }

    private static String form(Model model, MemberCompany member) {
        model.addAttribute("member", member == null ? null : MemberRef.of(member));
        model.addAttribute("roles", MemberRole.values());
        return FORM;
    }

}
