package org.aiip.tracker.account.internal;

import jakarta.validation.Valid;

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

import org.aiip.tracker.account.AccountService;
import org.aiip.tracker.account.CurrentUser;
import org.aiip.tracker.account.TrackerUser;

/**
 * Personal API tokens: everyone creates and revokes their own on the account page (a new token is
 * shown once, right after it is created); admins see and revoke anyone's at /admin/users/{id}/tokens.
 */
@Controller
class ApiTokenController {

    private final ApiTokenService tokens;

    private final AccountService accounts;

    private final AccountPage page;

    ApiTokenController(ApiTokenService tokens, AccountService accounts, AccountPage page) {
        this.tokens = tokens;
        this.accounts = accounts;
        this.page = page;
    }

    @InitBinder("tokenForm")
    void allowOnlyFormFields(WebDataBinder binder) {
        binder.setAllowedFields(ApiTokenForm.FIELDS);
    }

    @PostMapping("/account/tokens")
    String create(@Valid @ModelAttribute("tokenForm") ApiTokenForm form, BindingResult result, Model model,
            RedirectAttributes redirect) {
        TrackerUser user = currentUser();
        if (!result.hasFieldErrors("validDays") && !ApiTokenForm.VALIDITIES.contains(form.getValidDays())) {
            result.rejectValue("validDays", "apiToken.validity.invalid");
        }
        if (!result.hasErrors()) {
            try {
                ApiTokenService.CreatedToken created = this.tokens.create(user.id(), form.getName(),
                        form.getValidDays());
                // Shown once, on the page the redirect leads to; never again.
                redirect.addFlashAttribute("newToken", created.token());
                redirect.addFlashAttribute("newTokenName", created.record().getName());
                redirect.addFlashAttribute("flash", "apiToken.created");
                return "redirect:/account#tokens";
            }
            catch (AccountException ex) {
                result.rejectValue(ex.field(), ex.code());
            }
        }
        return this.page.show(model, user.id());
    }

    @PostMapping("/account/tokens/{id}/revoke")
    String revoke(@PathVariable Long id, RedirectAttributes redirect) {
        this.tokens.revoke(currentUser().id(), id);
        redirect.addFlashAttribute("flash", "apiToken.revokedDone");
        return "redirect:/account#tokens";
    }

    @GetMapping("/admin/users/{id}/tokens")
    String userTokens(@PathVariable Long id, Model model) {
        model.addAttribute("account", this.accounts.reload(id));
        model.addAttribute("apiTokens", this.tokens.tokensOf(id));
        return "account/user-tokens";
    }

    @PostMapping("/admin/users/{id}/tokens/{tokenId}/revoke")
    String revokeForUser(@PathVariable Long id, @PathVariable Long tokenId, RedirectAttributes redirect) {
        this.tokens.revoke(id, tokenId);
        redirect.addFlashAttribute("flash", "apiToken.revokedDone");
        return "redirect:/admin/users/" + id + "/tokens";
    }

    private static TrackerUser currentUser() {
        return CurrentUser.get().orElseThrow();
    }

}
