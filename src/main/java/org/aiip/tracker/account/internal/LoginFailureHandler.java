package org.aiip.tracker.account.internal;

import java.io.IOException;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.security.authentication.LockedException;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.web.authentication.AuthenticationFailureHandler;
import org.springframework.web.util.UriComponentsBuilder;

/** Back to the sign-in page with one message that never says whether the account name exists. */
class LoginFailureHandler implements AuthenticationFailureHandler {

    @Override
    public void onAuthenticationFailure(HttpServletRequest request, HttpServletResponse response,
            AuthenticationException exception) throws IOException {
        UriComponentsBuilder target = UriComponentsBuilder.fromPath(request.getContextPath() + "/login");
        if (exception instanceof LockedException) {
            target.queryParam("locked", exception.getMessage());
        }
        else {
            target.queryParam("error");
        }
        response.sendRedirect(target.build().encode().toUriString());
    }

}
