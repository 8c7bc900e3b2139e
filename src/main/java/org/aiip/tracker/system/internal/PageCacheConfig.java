package org.aiip.tracker.system.internal;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBooleanProperty;
import org.springframework.boot.security.autoconfigure.web.servlet.SecurityFilterProperties;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.util.unit.DataSize;
import org.springframework.web.servlet.LocaleResolver;

import org.aiip.tracker.system.DataRevision;

/**
 * Registers the {@link PageCache} after Spring Security, so that it knows who is asking and Security
 * still writes its headers on every answer. {@code tracker.page-cache.enabled=false} turns it off;
 * {@code tracker.page-cache.max-size} bounds its memory.
 */
@Configuration
@ConditionalOnBooleanProperty(name = "tracker.page-cache.enabled", matchIfMissing = true)
class PageCacheConfig {

    @Bean
    FilterRegistrationBean<PageCache> pageCache(DataRevision revision, LocaleResolver locales,
            @Value("${tracker.page-cache.max-size:16MB}") DataSize maxSize) {
        FilterRegistrationBean<PageCache> registration = new FilterRegistrationBean<>(
                new PageCache(revision, locales, maxSize.toBytes()));
        registration.setOrder(SecurityFilterProperties.DEFAULT_FILTER_ORDER + 10);
        return registration;
    }

}
