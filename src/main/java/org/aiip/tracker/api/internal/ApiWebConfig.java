package org.aiip.tracker.api.internal;

import tools.jackson.databind.json.JsonMapper;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.MessageSource;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.web.servlet.config.annotation.InterceptorRegistry;
import org.springframework.util.unit.DataSize;
import org.springframework.web.servlet.LocaleResolver;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

/** The rate limit applies to every call under {@code /api/v1}, and so does the limit on request bodies. */
@Configuration
@EnableConfigurationProperties(RateLimitProperties.class)
class ApiWebConfig implements WebMvcConfigurer {

    /** Before Spring Security's filters (-100): an oversized body is refused before any token look-up. */
    static final int BODY_LIMIT_ORDER = -105;

    @Bean
    FilterRegistrationBean<ApiBodyLimitFilter> apiBodyLimitFilter(
            @Value("${tracker.api.max-body-size:1MB}") DataSize limit, JsonMapper json, MessageSource messages,
            LocaleResolver locales) {
        FilterRegistrationBean<ApiBodyLimitFilter> registration = new FilterRegistrationBean<>(
                new ApiBodyLimitFilter(limit, json, messages, locales));
        registration.addUrlPatterns(ApiPaths.BASE + "/*");
        registration.setOrder(BODY_LIMIT_ORDER);
        return registration;
    }

    private final RateLimitInterceptor rateLimit;

    ApiWebConfig(RateLimitInterceptor rateLimit) {
        this.rateLimit = rateLimit;
    }

    @Override
    public void addInterceptors(InterceptorRegistry registry) {
        registry.addInterceptor(this.rateLimit).addPathPatterns(ApiPaths.BASE + "/**");
    }

}
