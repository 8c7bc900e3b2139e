package org.aiip.tracker.system.internal;

import java.io.IOException;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.MediaType;
import org.springframework.http.server.PathContainer;
import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.transaction.support.TransactionSynchronizationManager;
import org.springframework.web.filter.OncePerRequestFilter;
import org.springframework.web.servlet.LocaleResolver;
import org.springframework.web.util.ContentCachingResponseWrapper;
import org.springframework.web.util.pattern.PathPattern;
import org.springframework.web.util.pattern.PathPatternParser;

import org.aiip.tracker.system.DataRevision;

/**
 * Keeps the public pages as rendered for anonymous visitors, keyed by the address, the page language
 * and the {@link DataRevision}: a page is rendered once per revision and then served from memory,
 * and any committed change (through any instance) moves the revision on, so nobody sees an old page.
 * Signed-in people (whose pages show confidential filings and their own menus), requests that set a
 * cookie (a language switch, a new session) and anything but a 200 HTML answer are never kept.
 * The revision costs one primary-key read per request. The cache is Caffeine's, bounded by bytes.
 */
class PageCache extends OncePerRequestFilter {

    /** Pages the same for every anonymous visitor; forms, exports and histories are not among them. */
    private static final List<PathPattern> PAGES = patterns("/", "/members", "/members/{slug}", "/clauses",
            "/clauses/{number}", "/filings", "/filings/{id:[0-9]+}", "/agreements", "/agreements/{id:[0-9]+}",
            "/sources");

    private final DataRevision revision;

    private final LocaleResolver locales;

    private final Cache<Key, Page> pages;

    PageCache(DataRevision revision, LocaleResolver locales, long maxBytes) {
        this.revision = revision;
        this.locales = locales;
        this.pages = Caffeine.newBuilder()
            .maximumWeight(maxBytes)
            .weigher((Key key, Page page) -> page.body().length + key.url().length() * 2 + 64)
            .build();
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        if (!cacheable(request)) {
            chain.doFilter(request, response);
            return;
        }
        Key key = new Key(url(request), this.locales.resolveLocale(request), this.revision.current());
        Page page = this.pages.getIfPresent(key);
        if (page != null) {
            page.writeTo(response);
            return;
        }
        ContentCachingResponseWrapper capturing = new ContentCachingResponseWrapper(response);
        chain.doFilter(request, capturing);
        Page rendered = Page.of(capturing);
        if (rendered != null) {
            this.pages.put(key, rendered);
        }
        capturing.copyBodyToResponse();
    }

    /** Number of pages kept now (for tests and metrics). */
    long size() {
        this.pages.cleanUp();
        return this.pages.estimatedSize();
    }

    private static boolean cacheable(HttpServletRequest request) {
        if (!HttpMethod.GET.matches(request.getMethod()) || request.getParameter("lang") != null) {
            return false;
        }
        // Inside an outer transaction (a test's), uncommitted changes would be cached under the old revision.
        if (TransactionSynchronizationManager.isActualTransactionActive()) {
            return false;
        }
        Authentication who = SecurityContextHolder.getContext().getAuthentication();
        if (who != null && !(who instanceof AnonymousAuthenticationToken)) {
            return false;
        }
        PathContainer path = PathContainer.parsePath(request.getRequestURI());
        return PAGES.stream().anyMatch(p -> p.matches(path));
    }

    /** The full address as the visitor asked for it (the pages' language links are absolute). */
    private static String url(HttpServletRequest request) {
        String query = request.getQueryString();
        return (query == null) ? request.getRequestURL().toString() : request.getRequestURL() + "?" + query;
    }

    private static List<PathPattern> patterns(String... patterns) {
        PathPatternParser parser = new PathPatternParser();
        return Arrays.stream(patterns).map(parser::parse).toList();
    }

    private record Key(String url, Locale locale, long revision) {
    }

    /** A rendered page: its body and the headers that describe it. */
    private record Page(byte[] body, String contentType, String contentLanguage) {

        static Page of(ContentCachingResponseWrapper response) {
            if (response.getStatus() != HttpServletResponse.SC_OK || response.containsHeader(HttpHeaders.SET_COOKIE)
                    || response.getContentType() == null
                    || !MediaType.TEXT_HTML.isCompatibleWith(MediaType.parseMediaType(response.getContentType()))) {
                return null;
            }
            return new Page(response.getContentAsByteArray(), response.getContentType(),
                    response.getHeader(HttpHeaders.CONTENT_LANGUAGE));
        }

        void writeTo(HttpServletResponse response) throws IOException {
            response.setContentType(this.contentType);
            if (this.contentLanguage != null) {
                response.setHeader(HttpHeaders.CONTENT_LANGUAGE, this.contentLanguage);
            }
            response.setContentLength(this.body.length);
            response.getOutputStream().write(this.body);
        }

    }

}
