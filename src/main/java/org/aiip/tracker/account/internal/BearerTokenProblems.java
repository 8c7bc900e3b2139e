package org.aiip.tracker.account.internal;

import java.io.IOException;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import tools.jackson.databind.json.JsonMapper;

import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.web.AuthenticationEntryPoint;
import org.springframework.security.web.access.AccessDeniedHandler;

/**
 * The API's answers when the caller is not allowed in, as RFC 9457 problem details in the
 * caller's language: 401 without a token (where one is needed) or with a token that does not work
 * (then with {@code WWW-Authenticate: Bearer error="invalid_token"}, RFC 6750), 403 when the
 * token's person may not do this.
 */
class BearerTokenProblems implements AuthenticationEntryPoint, AccessDeniedHandler {

    static final String CHALLENGE = "Bearer realm=\"Initiative Tracker API\"";

    static final String INVALID_TOKEN = "Bearer realm=\"Initiative Tracker API\", error=\"invalid_token\", "
            + "error_description=\"The token is unknown, revoked or expired\"";

    private final JsonMapper json;

    private final MessageSource messages;

    BearerTokenProblems(JsonMapper json, MessageSource messages) {
        this.json = json;
        this.messages = messages;
    }

    /** No token, where the route needs one. */
    @Override
    public void commence(HttpServletRequest request, HttpServletResponse response, AuthenticationException ex)
            throws IOException {
        response.setHeader(HttpHeaders.WWW_AUTHENTICATE, CHALLENGE);
        write(request, response, HttpStatus.UNAUTHORIZED, "api.auth.unauthorized");
    }

    /** A token was sent but does not work. */
    void invalidToken(HttpServletRequest request, HttpServletResponse response) throws IOException {
        response.setHeader(HttpHeaders.WWW_AUTHENTICATE, INVALID_TOKEN);
        write(request, response, HttpStatus.UNAUTHORIZED, "api.auth.invalidToken");
    }

    /** Too many tokens that did not work came from this address lately. */
    void tooManyInvalidTokens(HttpServletRequest request, HttpServletResponse response, long retryAfterSeconds)
            throws IOException {
        response.setHeader(HttpHeaders.RETRY_AFTER, Long.toString(retryAfterSeconds));
        write(request, response, HttpStatus.TOO_MANY_REQUESTS, "api.auth.tooManyInvalid", retryAfterSeconds);
    }

    @Override
    public void handle(HttpServletRequest request, HttpServletResponse response, AccessDeniedException ex)
            throws IOException {
        write(request, response, HttpStatus.FORBIDDEN, "api.auth.forbidden");
    }

    private void write(HttpServletRequest request, HttpServletResponse response, HttpStatus status, String code,
            Object... arguments) throws IOException {
        Locale locale = LocaleContextHolder.getLocale();
        Map<String, Object> problem = new LinkedHashMap<>();
        problem.put("type", "about:blank");
        problem.put("title", this.messages.getMessage("api.auth.title." + status.value(), null,
                status.getReasonPhrase(), locale));
        problem.put("status", status.value());
        problem.put("detail", this.messages.getMessage(code, arguments, locale));
        problem.put("instance", request.getRequestURI());
        response.setStatus(status.value());
        response.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
        this.json.writeValue(response.getOutputStream(), problem);
    }

}
