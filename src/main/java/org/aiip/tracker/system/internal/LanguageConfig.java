package org.aiip.tracker.system.internal;

import java.time.Duration;
import java.util.List;
import java.util.Locale;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.web.servlet.LocaleResolver;
import org.springframework.web.servlet.config.annotation.InterceptorRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;
import org.springframework.web.servlet.i18n.CookieLocaleResolver;
import org.springframework.web.servlet.i18n.LocaleChangeInterceptor;

/**
 * The page language: {@code ?lang=en|ko|zh} switches it and a cookie remembers it; without
 * either, the browser's Accept-Language decides. Anything else falls back to English.
 */
@Configuration
class LanguageConfig implements WebMvcConfigurer {

    /** The languages the site speaks, in the order the switcher offers them. */
    static final List<Locale> SUPPORTED = List.of(Locale.ENGLISH, Locale.KOREAN, Locale.CHINESE);

    @Bean
    LocaleResolver localeResolver() {
        return new SupportedLocaleResolver();
    }

    @Override
    public void addInterceptors(InterceptorRegistry registry) {
        LocaleChangeInterceptor interceptor = new LocaleChangeInterceptor();
        interceptor.setParamName("lang");
        interceptor.setIgnoreInvalidLocale(true);
        registry.addInterceptor(interceptor);
    }

    static Locale supported(Locale requested) {
        if (requested == null) {
            return Locale.ENGLISH;
        }
        return SUPPORTED.stream()
            .filter(l -> l.getLanguage().equals(requested.getLanguage()))
            .findFirst()
            .orElse(Locale.ENGLISH);
    }

    /** A cookie-backed resolver that only ever answers with one of the supported languages. */
    static class SupportedLocaleResolver extends CookieLocaleResolver {

        SupportedLocaleResolver() {
            super("lang");
            setCookieMaxAge(Duration.ofDays(365));
            setDefaultLocaleFunction(request -> supported(request.getLocale()));
        }

        @Override
        public Locale resolveLocale(HttpServletRequest request) {
            return supported(super.resolveLocale(request));
        }

        @Override
        public void setLocale(HttpServletRequest request, HttpServletResponse response, Locale locale) {
            super.setLocale(request, response, locale == null ? null : supported(locale));
        }

    }

}
