package org.aiip.tracker.account;


import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.web.context.SecurityContextRepository;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

/** The sign-in page (the POST is Spring Security's) and the second-factor step. */
@Controller
class LoginController {

    private final AccountService accounts;

    private final LoginThrottleService throttle;

    private final SecurityContextRepository contexts;

    LoginController(AccountService accounts, LoginThrottleService throttle, SecurityContextRepository contexts) {
        this.accounts = accounts;
        this.throttle = throttle;
        this.contexts = contexts;
    }

    @GetMapping("/login")
    String login() {
        return "account/login";
    }

    @GetMapping("/login/totp")
    String totpForm() {
        return "account/totp";
    }

    @PostMapping("/login/totp")
    String totp(@RequestParam(defaultValue = "") String code, Authentication pending, HttpServletRequest request,
            HttpServletResponse response, Model model) {
        TrackerUser user = (TrackerUser) pending.getPrincipal();
        String address = request.getRemoteAddr();
        if (this.throttle.lockedUntil(user.username(), address).isPresent()) {
            model.addAttribute("error", "totp.locked");
            return "account/totp";
        }
        if (!this.accounts.verifyTotp(user.id(), code)) {
            this.throttle.recordFailure(user.username(), address);
            model.addAttribute("error", "totp.code.wrong");
            return "account/totp";
        }
        this.throttle.recordSuccess(user.username());
        UsernamePasswordAuthenticationToken full = UsernamePasswordAuthenticationToken.authenticated(user, null,
                user.getAuthorities());
        full.setDetails(pending.getDetails());
        SecurityContext context = SecurityContextHolder.createEmptyContext();
        context.setAuthentication(full);
        SecurityContextHolder.setContext(context);
        request.changeSessionId();
        this.contexts.saveContext(context, request, response);
        return "redirect:/";
    }


}
