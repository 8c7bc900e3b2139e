package org.aiip.tracker.account.internal;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.orm.ObjectOptimisticLockingFailureException;
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

import org.aiip.tracker.account.TrackerUser;

/**
 * The sign-in page (the POST is Spring Security's) and the second-factor step, which takes a
 * six-digit code or one of the person's recovery codes.
 */
@Controller
class LoginController {

    private final SecondFactorService secondFactor;

    private final SecurityContextRepository contexts;

    LoginController(SecondFactorService secondFactor, SecurityContextRepository contexts) {
        this.secondFactor = secondFactor;
        this.contexts = contexts;
    }

    /** The time a lock-out ends, as the failure handler writes it into the address ("18:30 UTC"). */
    private static final java.util.regex.Pattern LOCK_TIME = java.util.regex.Pattern.compile("([01]\\d|2[0-3]):[0-5]\\d UTC");

    /**
     * The sign-in page. A lock-out's end comes in the address ({@code ?locked=18:30 UTC}); only a time
     * of that exact form is shown, anything else only says that sign-in is locked, so that nobody
     * can put words of their own on the page with a link.
     */
    @GetMapping("/login")
    String login(@RequestParam(required = false) String locked, Model model) {
        if (locked != null) {
            model.addAttribute("lockedUntil", LOCK_TIME.matcher(locked).matches() ? locked : null);
            model.addAttribute("locked", true);
        }
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
        try {
            this.secondFactor.verifyAtSignIn(user.id(), code, request.getRemoteAddr());
        }
        catch (AccountException ex) {
            model.addAttribute("error", ex.code());
            model.addAttribute("errorArguments", ex.arguments());
            return "account/totp";
        }
        catch (ObjectOptimisticLockingFailureException ex) {
            // The same code, sent twice at once: the other request took it.
            model.addAttribute("error", "totp.code.used");
            model.addAttribute("errorArguments", new Object[0]);
            return "account/totp";
        }
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
