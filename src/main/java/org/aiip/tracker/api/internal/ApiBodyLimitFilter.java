package org.aiip.tracker.api.internal;

import java.io.IOException;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ReadListener;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletInputStream;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import jakarta.servlet.http.HttpServletResponse;

import tools.jackson.databind.json.JsonMapper;

import org.springframework.context.MessageSource;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.util.unit.DataSize;
import org.springframework.web.filter.OncePerRequestFilter;
import org.springframework.web.servlet.LocaleResolver;

/**
 * Refuses an API request whose body is larger than {@code tracker.api.max-body-size} (1 MB) with 413
 * as a problem detail, before anything reads it: at once when the request declares its length, and as
 * soon as the limit is passed when it does not (chunked), so that no JSON parser ever holds more: the
 * body's stream then fails with {@link BodyTooLargeException}, which the write endpoints' error handling
 * ({@link FilingWriteProblems}) answers with 413. Runs before Spring Security, so that an oversized
 * body costs no token look-up either.
 */
class ApiBodyLimitFilter extends OncePerRequestFilter {

    private final long limit;

    private final JsonMapper json;

    private final MessageSource messages;

    private final LocaleResolver locales;

    ApiBodyLimitFilter(DataSize limit, JsonMapper json, MessageSource messages, LocaleResolver locales) {
        this.limit = limit.toBytes();
        this.json = json;
        this.messages = messages;
        this.locales = locales;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        if (request.getContentLengthLong() > this.limit) {
            tooLarge(request, response);
            return;
        }
        LimitedRequest limited = new LimitedRequest(request, this.limit);
        try {
            chain.doFilter(limited, response);
        }
        catch (ServletException | RuntimeException ex) {
            if (!limited.exceeded() || response.isCommitted()) {
                throw ex;
            }
            response.reset();
            tooLarge(request, response);
        }
        if (limited.exceeded() && !response.isCommitted()) {
            response.reset();
            tooLarge(request, response);
        }
    }

    private void tooLarge(HttpServletRequest request, HttpServletResponse response) throws IOException {
        Locale locale = this.locales.resolveLocale(request);
        Map<String, Object> problem = new LinkedHashMap<>();
        problem.put("type", "about:blank");
        problem.put("title", this.messages.getMessage("api.problem.payloadTooLarge.title", null, locale));
        problem.put("status", HttpStatus.CONTENT_TOO_LARGE.value());
        problem.put("detail", this.messages.getMessage("api.problem.payloadTooLarge.detail",
                new Object[] { this.limit / 1024 }, locale));
        problem.put("instance", request.getRequestURI());
        response.setStatus(HttpStatus.CONTENT_TOO_LARGE.value());
        response.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
        response.setHeader("Connection", "close");
        this.json.writeValue(response.getOutputStream(), problem);
    }

    /** The request, whose body stops (with an error) once more than the limit has been read from it. */
    private static final class LimitedRequest extends HttpServletRequestWrapper {

        private final long limit;

        private LimitedStream stream;

        LimitedRequest(HttpServletRequest request, long limit) {
            super(request);
            this.limit = limit;
        }

        @Override
        public ServletInputStream getInputStream() throws IOException {
            if (this.stream == null) {
                this.stream = new LimitedStream(super.getInputStream(), this.limit);
            }
            return this.stream;
        }

        @Override
        public java.io.BufferedReader getReader() throws IOException {
            return new java.io.BufferedReader(new java.io.InputStreamReader(getInputStream(),
                    getCharacterEncoding() == null ? "UTF-8" : getCharacterEncoding()));
        }

        boolean exceeded() {
            return this.stream != null && this.stream.exceeded;
        }

    }

    private static final class LimitedStream extends ServletInputStream {

        private final ServletInputStream in;

        private final long limit;

        private long read;

        private boolean exceeded;

        LimitedStream(ServletInputStream in, long limit) {
            this.in = in;
            this.limit = limit;
        }

        @Override
        public int read() throws IOException {
            int b = this.in.read();
            if (b >= 0) {
                count(1);
            }
            return b;
        }

        @Override
        public int read(byte[] buffer, int offset, int length) throws IOException {
            int n = this.in.read(buffer, offset, length);
            if (n > 0) {
                count(n);
            }
            return n;
        }

        private void count(int n) throws IOException {
            this.read += n;
            if (this.read > this.limit) {
                this.exceeded = true;
                throw new BodyTooLargeException(this.limit);
            }
        }

        @Override
        public boolean isFinished() {
            return this.in.isFinished();
        }

        @Override
        public boolean isReady() {
            return this.in.isReady();
        }

        @Override
        public void setReadListener(ReadListener listener) {
            this.in.setReadListener(listener);
        }

    }

    /** Thrown by the body's stream once the limit is passed; whatever reads the body fails with it. */
    static final class BodyTooLargeException extends IOException {

        private final long limit;

        BodyTooLargeException(long limit) {
            super("request body larger than the API accepts");
            this.limit = limit;
        }

        long limit() {
            return this.limit;
        }

        /** This exception among the causes of another (a JSON parser's, a converter's), if it is there. */
        static Optional<BodyTooLargeException> in(Throwable failure) {
            for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
                if (cause instanceof BodyTooLargeException tooLarge) {
                    return Optional.of(tooLarge);
                }
            }
            return Optional.empty();
        }

    }

}
