package org.aiip.tracker.account.internal;

import java.util.ArrayList;
import java.util.List;

import jakarta.servlet.http.HttpServletRequest;

import org.springframework.beans.factory.ListableBeanFactory;
import org.springframework.http.server.PathContainer;
import org.springframework.security.web.util.matcher.RequestMatcher;
import org.springframework.web.servlet.mvc.condition.PathPatternsRequestCondition;
import org.springframework.web.servlet.mvc.method.RequestMappingInfo;
import org.springframework.web.servlet.mvc.method.RequestMappingInfoHandlerMapping;
import org.springframework.web.util.pattern.PathPattern;
import org.springframework.web.util.pattern.PathPatternParser;

/**
 * Matches a request for an address that nothing in the application answers, whatever the method:
 * no controller's, actuator endpoint's or static folder's path pattern matches it. Such a request may
 * go on to Spring MVC, which answers 404 with the site's page, rather than being refused or sent to
 * the sign-in page: an address that does not exist is not a page someone lacks the rights for.
 * The patterns are read once, from the handler mappings, on the first request.
 */
class UnknownRoutes implements RequestMatcher {

    /** Folders served by resource handlers (no request mapping of their own). */
    static final List<String> STATIC = List.of("/webjars/**", "/css/**", "/js/**", "/images/**", "/favicon.ico",
            "/swagger-ui/**");

    private final ListableBeanFactory beans;

    private volatile List<PathPattern> known;

    UnknownRoutes(ListableBeanFactory beans) {
        this.beans = beans;
    }

    @Override
    public boolean matches(HttpServletRequest request) {
        PathContainer path = PathContainer.parsePath(request.getRequestURI().substring(request.getContextPath().length()));
        return known().stream().noneMatch(pattern -> pattern.matches(path));
    }

    private List<PathPattern> known() {
        List<PathPattern> patterns = this.known;
        if (patterns == null) {
            List<PathPattern> found = new ArrayList<>();
            PathPatternParser parser = PathPatternParser.defaultInstance;
            STATIC.forEach(pattern -> found.add(parser.parse(pattern)));
            for (RequestMappingInfoHandlerMapping mapping : this.beans
                .getBeansOfType(RequestMappingInfoHandlerMapping.class)
                .values()) {
                for (RequestMappingInfo info : mapping.getHandlerMethods().keySet()) {
                    PathPatternsRequestCondition condition = info.getPathPatternsCondition();
                    if (condition != null) {
                        found.addAll(condition.getPatterns());
                    }
                    else {
                        info.getPatternValues().forEach(value -> found.add(parser.parse(value)));
                    }
                }
            }
            patterns = List.copyOf(found);
            this.known = patterns;
        }
        return patterns;
    }

}
