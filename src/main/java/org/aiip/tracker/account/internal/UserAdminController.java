package org.aiip.tracker.account.internal;

import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;

import jakarta.validation.Valid;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import org.aiip.tracker.member.MemberCompany;
import org.aiip.tracker.member.MemberService;
import org.aiip.tracker.account.AccountService;

/** Admins create, disable, enable and reset accounts (password, second factor) at /admin/users, and set the second-factor rule. */
@Controller
class UserAdminController {

    private final AccountService accounts;

    private final MemberService members;

    private final AppSettingService settings;

    private final SecondFactorService secondFactor;

    UserAdminController(AccountService accounts, MemberService members, AppSettingService settings,
            SecondFactorService secondFactor) {
        this.accounts = accounts;
        this.members = members;
        this.settings = settings;
        this.secondFactor = secondFactor;
    }

    @GetMapping("/admin/users")
    String list(Model model) {
        model.addAttribute("users", this.accounts.all());
        model.addAttribute("totpRequired", this.settings.totpRequiredForAdmins());
        return "account/users";
    }

    @GetMapping("/admin/users/new")
    String newUser(Model model, Locale locale) {
        model.addAttribute("userForm", new UserForm());
        return form(model, locale);
    }

    @PostMapping("/admin/users/new")
    String create(@Valid @ModelAttribute("userForm") UserForm form, BindingResult result, Model model, Locale locale,
            RedirectAttributes redirect) {
        if (!result.hasErrors()) {
            try {
                this.accounts.create(form.getUsername(), form.getRole(), form.getMemberId(), form.getPassword());
            }
            catch (AccountException ex) {
                result.rejectValue(ex.field(), ex.code());
            }
        }
        if (result.hasErrors()) {
            form.setPassword(null);
            return form(model, locale);
        }
        redirect.addFlashAttribute("flash", "users.createdDone");
        return "redirect:/admin/users";
    }

    @PostMapping("/admin/users/{id}/disable")
    String disable(@PathVariable Long id, RedirectAttributes redirect) {
        try {
            this.accounts.disable(id);
            redirect.addFlashAttribute("flash", "users.disabledDone");
        }
        catch (AccountException ex) {
            redirect.addFlashAttribute("problem", ex.code());
        }
        return "redirect:/admin/users";
    }

    @PostMapping("/admin/users/{id}/enable")
    String enable(@PathVariable Long id, RedirectAttributes redirect) {
        this.accounts.enable(id);
        redirect.addFlashAttribute("flash", "users.enabledDone");
        return "redirect:/admin/users";
    }

    @PostMapping("/admin/users/{id}/reset")
    String reset(@PathVariable Long id, @RequestParam(defaultValue = "") String password,
            RedirectAttributes redirect) {
        try {
            this.accounts.resetPassword(id, password);
            redirect.addFlashAttribute("flash", "users.resetDone");
        }
        catch (AccountException ex) {
            redirect.addFlashAttribute("problem", ex.code());
        }
        return "redirect:/admin/users";
    }

    /** Turns off someone's second factor (a lost authenticator); audited. */
    @PostMapping("/admin/users/{id}/totp/reset")
    String resetSecondFactor(@PathVariable Long id, RedirectAttributes redirect) {
        try {
            this.secondFactor.resetByAdmin(id);
            redirect.addFlashAttribute("flash", "users.totpResetDone");
        }
        catch (AccountException ex) {
            redirect.addFlashAttribute("problem", ex.code());
        }
        return "redirect:/admin/users";
    }

    @PostMapping("/admin/settings/totp")
    String requireTotp(@RequestParam(defaultValue = "false") boolean required, RedirectAttributes redirect) {
        this.settings.requireTotpForAdmins(required);
        redirect.addFlashAttribute("flash", required ? "settings.totp.on" : "settings.totp.off");
        return "redirect:/admin/users";
    }

    private String form(Model model, Locale locale) {
        Map<String, String> companies = new LinkedHashMap<>();
        companies.put("", "—");
        for (MemberCompany member : this.members.all()) {
            companies.put(String.valueOf(member.getId()), member.name(locale));
        }
        model.addAttribute("companies", companies);
        return "account/user-form";
    }

}
