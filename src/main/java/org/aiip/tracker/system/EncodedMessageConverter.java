package org.aiip.tracker.system;

import ch.qos.logback.classic.pattern.MessageConverter;
import ch.qos.logback.classic.spi.ILoggingEvent;

/**
 * The log message with its control characters encoded, for every log line (see logback-spring.xml):
 * CR and LF as {@code \r} and {@code \n}, other control, line-separator and bidirectional-override
 * characters as {@code \}{@code uXXXX}. A value someone typed (a user name, a path) can therefore never
 * start a forged line in the security log or hide text in it. A backslash stays as it is.
 */
public class EncodedMessageConverter extends MessageConverter {

    @Override
    public String convert(ILoggingEvent event) {
        return encode(super.convert(event));
    }

    /** The text with every control character encoded; the text itself when it has none. */
    public static String encode(String text) {
        if (text == null) {
            return null;
        }
        int first = firstToEncode(text);
        if (first < 0) {
            return text;
        }
        StringBuilder out = new StringBuilder(text.length() + 16).append(text, 0, first);
        for (int i = first; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '\r') {
                out.append("\\r");
            }
            else if (c == '\n') {
                out.append("\\n");
            }
            else if (needsEncoding(c)) {
                out.append(String.format("\\u%04x", (int) c));
            }
            else {
                out.append(c);
            }
        }
        return out.toString();
    }

    private static int firstToEncode(String text) {
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '\r' || c == '\n' || needsEncoding(c)) {
                return i;
            }
        }
        return -1;
    }

    /** C0 and C1 controls but the tab, DEL, the Unicode line and paragraph separators, bidi overrides. */
    private static boolean needsEncoding(char c) {
        return (c < 0x20 && c != '\t') || (c >= 0x7f && c <= 0x9f) || c == '\u2028' || c == '\u2029'
                || (c >= '\u202a' && c <= '\u202e') || (c >= '\u2066' && c <= '\u2069');
    }

}
