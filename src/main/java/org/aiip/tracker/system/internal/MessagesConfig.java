package org.aiip.tracker.system.internal;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.MessageSource;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.support.AbstractApplicationContext;
import org.springframework.context.support.ReloadableResourceBundleMessageSource;

/**
 * The visible strings: the message files named by {@code spring.messages.basename}, merged once per
 * language into one table (Spring's {@link ReloadableResourceBundleMessageSource} with its cache kept
 * for good). Boot's default source asks each of the 23 files in turn for every string a page shows; a
 * page shows hundreds. The order of precedence is the same: the first file that has a key gives it,
 * and within a file the page's language before the default (English) text.
 */
@Configuration(proxyBeanMethods = false)
class MessagesConfig {

    @Bean(AbstractApplicationContext.MESSAGE_SOURCE_BEAN_NAME)
    MessageSource messageSource(@Value("${spring.messages.basename}") String[] basenames) {
        ReloadableResourceBundleMessageSource messages = new ReloadableResourceBundleMessageSource();
        messages.setBasenames(Arrays.stream(basenames).map(String::strip).map(b -> "classpath:" + b).toArray(String[]::new));
        messages.setDefaultEncoding(StandardCharsets.UTF_8.name());
        messages.setFallbackToSystemLocale(false);
        // Cached for good: getMessage then reads one merged table per language.
        messages.setCacheSeconds(-1);
        return messages;
    }

}
