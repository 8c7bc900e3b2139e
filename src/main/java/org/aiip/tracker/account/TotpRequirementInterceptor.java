package org.aiip.tracker.account;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.context.annotation.Configuration;
import org.springframework.web.servlet.HandlerInterceptor;
import org.springframework.web.servlet.config.annotation.InterceptorRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

/**
 * When the admins' setting requires a second factor, an admin without one is sent to set it up
 * before doing anything else. The API is left out: there an admin's token is refused instead
 * ({@link ApiTokenService}), because a program cannot follow a redirect to a set-up page.
 */
@Configuration
class TotpRequirementInterceptor implements HandlerInterceptor, WebMvcConfigurer {

    private final AppSettingService settings;

    TotpRequirementInterceptor(AppSettingService settings) {
        this.settings = settings;
    }

    @Override
    public void addInterceptors(InterceptorRegistry registry) {
        registry.addInterceptor(this).excludePathPatterns("/account/totp", "/account/totp/**", "/logout", "/error",
                "/webjars/**", "/css/**", "/js/**", "/api/v1/**");
    }

    @Override
    public boolean preHandle(HttpServletRequest request, HttpServletResponse response, Object handler)
            throws Exception {
        var user = CurrentUser.get();
        if (user.isPresent() && user.get().isAdmin() && !user.get().totpEnabled()
                && this.settings.totpRequiredForAdmins()) {
            response.sendRedirect(request.getContextPath() + "/account/totp?required");
            return false;
        }
        return true;
    }

}
