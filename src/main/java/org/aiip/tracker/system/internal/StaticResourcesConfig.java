package org.aiip.tracker.system.internal;

import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.web.servlet.resource.ResourceUrlEncodingFilter;

/**
 * Static resources. The WebJars locator switches on Spring's resource chain, and with it Boot
 * registers a {@link ResourceUrlEncodingFilter} that passes every link a page renders through the
 * chain: a link such as {@code /filings/42} matches the static {@code /**} mapping, misses, and
 * costs a lookup in the jar each time (the misses are not cached). With hundreds of links a page
 * that cost most of the page's time. The site uses no versioned resource URLs, and version-less
 * WebJar paths are resolved when they are requested, so the filter is registered here disabled,
 * which stops Boot from registering its own.
 */
@Configuration
class StaticResourcesConfig {

    @Bean
    FilterRegistrationBean<ResourceUrlEncodingFilter> resourceUrlEncodingFilter() {
        FilterRegistrationBean<ResourceUrlEncodingFilter> registration = new FilterRegistrationBean<>(
                new ResourceUrlEncodingFilter());
        registration.setEnabled(false);
        return registration;
    }

}
