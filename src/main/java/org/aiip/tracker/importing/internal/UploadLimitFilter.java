package org.aiip.tracker.importing.internal;

import java.io.IOException;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.core.Ordered;
import org.springframework.stereotype.Component;
import org.springframework.util.unit.DataSize;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Answers an upload over the size limit with a redirect to the import page, which says so. It
 * runs before Spring Security because the CSRF check reads the form's parameters, and Tomcat
 * refuses to read those of an oversized multipart request with an exception that would end in a
 * bare error page. The import page itself stays protected as always.
 */
@Component
class UploadLimitFilter extends OncePerRequestFilter implements Ordered {

    static final String TOO_LARGE = "/admin/import?tooLarge";

    private final DataSize maxRequestSize;

    UploadLimitFilter(@Value("${spring.servlet.multipart.max-request-size:51MB}") DataSize maxRequestSize) {
        this.maxRequestSize = maxRequestSize;
    }

    @Override
    public int getOrder() {
        return -110; // before the Spring Security filter chain (-100)
    }

    @Override
    protected boolean shouldNotFilter(HttpServletRequest request) {
        String type = request.getContentType();
        return !"POST".equals(request.getMethod()) || type == null || !type.startsWith("multipart/")
                || !request.getRequestURI().equals(request.getContextPath() + "/admin/import");
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        if (request.getContentLengthLong() > this.maxRequestSize.toBytes() || !partsReadable(request)) {
            response.sendRedirect(request.getContextPath() + TOO_LARGE);
            return;
        }
        chain.doFilter(request, response);
    }

    // The servlet API reports a request or a part over the limit as an IllegalStateException.
    private static boolean partsReadable(HttpServletRequest request) throws IOException, ServletException {
        try {
            request.getParts();
            return true;
        }
        catch (IllegalStateException ex) {
            return false;
        }
    }

}
