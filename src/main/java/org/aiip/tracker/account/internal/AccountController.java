package org.aiip.tracker.account.internal;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.Valid;

import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.web.context.SecurityContextRepository;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import org.aiip.tracker.account.AccountService;
import org.aiip.tracker.account.CurrentUser;
import org.aiip.tracker.account.TrackerUser;

/** Everyone's own account: change the password (second factor: {@link SecondFactorController}; API tokens: {@link ApiTokenController}). */
@Controller
class AccountController {

    private final AccountService accounts;

    private final SecurityContextRepository contexts;

    private final AccountPage page;

    AccountController(AccountService accounts, SecurityContextRepository contexts, AccountPage page) {
        this.accounts = accounts;
        this.contexts = contexts;
        this.page = page;
    }

    @GetMapping("/account")
    String account(Model model) {
        return this.page.show(model, currentUser().id());
    }

    @PostMapping("/account/password")
    String changePassword(@Valid @ModelAttribute("passwordForm") PasswordForm form, BindingResult result,
            Model model, RedirectAttributes redirect, HttpServletRequest request, HttpServletResponse response) {
        TrackerUser user = currentUser();
        if (!result.hasErrors() && !form.getNewPassword().equals(form.getConfirmPassword())) {
            result.rejectValue("confirmPassword", "account.password.mismatch");
        }
        if (!result.hasErrors()) {
            try {
                this.accounts.changeOwnPassword(user.id(), form.getCurrentPassword(), form.getNewPassword());
            }
            catch (AccountException ex) {
                result.rejectValue(ex.field(), ex.code());
            }
        }
        if (result.hasErrors()) {
            form.clearPasswords();
            return this.page.show(model, user.id());
        }
        // The password change raised the session epoch: carry this session over to it.
        refreshPrincipal(user.id(), request, response);
        redirect.addFlashAttribute("flash", "account.password.changed");
        return "redirect:/account";
    }

    private static TrackerUser currentUser() {
        return CurrentUser.get().orElseThrow();
    }

    private void refreshPrincipal(Long id, HttpServletRequest request, HttpServletResponse response) {
        TrackerUser fresh = this.accounts.reload(id);
        Authentication old = SecurityContextHolder.getContext().getAuthentication();
        UsernamePasswordAuthenticationToken updated = UsernamePasswordAuthenticationToken.authenticated(fresh, null,
                fresh.getAuthorities());
        updated.setDetails(old.getDetails());
        SecurityContext context = SecurityContextHolder.createEmptyContext();
        context.setAuthentication(updated);
        SecurityContextHolder.setContext(context);
        this.contexts.saveContext(context, request, response);
    }

}
