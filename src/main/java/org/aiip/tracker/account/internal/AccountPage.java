package org.aiip.tracker.account.internal;

import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;

import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;
import org.springframework.ui.Model;

/**
 * The account page's model, shared by the controllers whose forms sit on it (password, second
 * factor, API tokens): a form that is being re-shown with its errors is kept, the others are fresh.
 */
@Component
class AccountPage {

    static final String VIEW = "account/account";

    private final ApiTokenService tokens;

    private final MessageSource messages;

    private final SecondFactorService secondFactor;

    AccountPage(ApiTokenService tokens, MessageSource messages, SecondFactorService secondFactor) {
        this.tokens = tokens;
        this.messages = messages;
        this.secondFactor = secondFactor;
    }

    String show(Model model, Long accountId) {
        if (!model.containsAttribute("passwordForm")) {
            model.addAttribute("passwordForm", new PasswordForm());
        }
        if (!model.containsAttribute("tokenForm")) {
            model.addAttribute("tokenForm", new ApiTokenForm());
        }
        model.addAttribute("secondFactor", this.secondFactor.status(accountId));
        model.addAttribute("apiTokens", this.tokens.tokensOf(accountId));
        model.addAttribute("tokenValidities", validities());
        return VIEW;
    }

    private Map<String, String> validities() {
        Map<String, String> options = new LinkedHashMap<>();
        for (Integer days : ApiTokenForm.VALIDITIES) {
            String label = days == 0 ? this.messages.getMessage("apiToken.validity.never", null, locale())
                    : this.messages.getMessage("apiToken.validity.days", new Object[] { days }, locale());
            options.put(String.valueOf(days), label);
        }
        return options;
    }

    private static Locale locale() {
        return LocaleContextHolder.getLocale();
    }

}
