package org.aiip.tracker.account.internal;

import java.util.List;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.validation.Valid;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.WebDataBinder;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.InitBinder;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import org.aiip.tracker.account.CurrentUser;
import org.aiip.tracker.account.TrackerUser;

/**
 * Everyone's own second factor at /account/totp: set one up, replace it, turn it off, make new
 * recovery codes. Replacing and turning off need the password and a current code; new codes need
 * the password. New recovery codes are shown once, on the page the redirect leads to.
 */
@Controller
class SecondFactorController {

    static final String VIEW = "account/totp-setup";

    private final SecondFactorService secondFactor;

    SecondFactorController(SecondFactorService secondFactor) {
        this.secondFactor = secondFactor;
    }

    @InitBinder("secondFactorForm")
    void allowOnlyFormFields(WebDataBinder binder) {
        binder.setAllowedFields(SecondFactorForm.FIELDS);
    }

    @GetMapping("/account/totp")
    String page(Model model) {
        return show(model, new SecondFactorForm());
    }

    @PostMapping("/account/totp/start")
    String start() {
        this.secondFactor.start(currentUser().id());
        return "redirect:/account/totp";
    }

    @PostMapping("/account/totp/confirm")
    String confirm(@Valid @ModelAttribute("secondFactorForm") SecondFactorForm form, BindingResult result, Model model,
            RedirectAttributes redirect, HttpServletRequest request) {
        if (!result.hasErrors()) {
            try {
                List<String> codes = this.secondFactor.confirm(currentUser().id(), form.getPassword(),
                        form.getCurrentCode(), form.getCode(), request.getRemoteAddr());
                redirect.addFlashAttribute("recoveryCodes", codes);
                redirect.addFlashAttribute("flash", "totp.enabled");
                return "redirect:/account/totp";
            }
            catch (AccountException ex) {
                result.rejectValue(ex.field(), ex.code(), ex.arguments(), null);
            }
        }
        return show(model, form);
    }

    @PostMapping("/account/totp/disable")
    String turnOff(@Valid @ModelAttribute("secondFactorForm") SecondFactorForm form, BindingResult result, Model model,
            RedirectAttributes redirect, HttpServletRequest request) {
        if (!result.hasErrors()) {
            try {
                this.secondFactor.turnOff(currentUser().id(), form.getPassword(), form.getCode(),
                        request.getRemoteAddr());
                redirect.addFlashAttribute("flash", "totp.disabled");
                return "redirect:/account";
            }
            catch (AccountException ex) {
                result.rejectValue(ex.field(), ex.code(), ex.arguments(), null);
            }
        }
        return show(model, form);
    }

    @PostMapping("/account/totp/recovery-codes")
    String newRecoveryCodes(@Valid @ModelAttribute("secondFactorForm") SecondFactorForm form, BindingResult result,
            Model model, RedirectAttributes redirect, HttpServletRequest request) {
        if (!result.hasErrors()) {
            try {
                List<String> codes = this.secondFactor.newRecoveryCodes(currentUser().id(),
                        form.getRecoveryPassword(), request.getRemoteAddr());
                redirect.addFlashAttribute("recoveryCodes", codes);
                redirect.addFlashAttribute("flash", "recovery.renewed");
                return "redirect:/account/totp";
            }
            catch (AccountException ex) {
                result.rejectValue(ex.field(), ex.code(), ex.arguments(), null);
            }
        }
        return show(model, form);
    }

    private String show(Model model, SecondFactorForm form) {
        Long id = currentUser().id();
        form.clear();
        model.addAttribute("secondFactorForm", form);
        model.addAttribute("status", this.secondFactor.status(id));
        this.secondFactor.pendingSecret(id).ifPresent(secret -> {
            model.addAttribute("secret", secret);
            model.addAttribute("qrCode", this.secondFactor.pendingQrCode(id));
        });
        return VIEW;
    }

    private static TrackerUser currentUser() {
        return CurrentUser.get().orElseThrow();
    }

}
