package org.aiip.tracker.api;

import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Configuration;
import org.springframework.web.servlet.config.annotation.InterceptorRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

/** The rate limit applies to every call under {@code /api/v1}. */
@Configuration
@EnableConfigurationProperties(RateLimitProperties.class)
class ApiWebConfig implements WebMvcConfigurer {

    private final RateLimitInterceptor rateLimit;

    ApiWebConfig(RateLimitInterceptor rateLimit) {
        this.rateLimit = rateLimit;
    }

    @Override
    public void addInterceptors(InterceptorRegistry registry) {
        registry.addInterceptor(this.rateLimit).addPathPatterns(ApiPaths.BASE + "/**");
    }

}
