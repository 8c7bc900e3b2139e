package org.aiip.tracker.filing;

import java.util.List;
import java.util.Map;

/**
 * The technology area of a filing from its IPC symbols, for files that do not name one (the exports
 * of The Lens, Google Patents and Espacenet): the first symbol that falls in one of the areas decides,
 * else {@code OTHER}. The mapping (docs/import-format.md) follows the IPC scheme's own groups.
 */
public final class AreaFromIpc {

    // Longest prefixes first within each area; checked in this order.
    private static final List<Map.Entry<String, String>> PREFIXES = List.of(Map.entry("G10L 15/", "SPEECH_RECOGNITION"),
            Map.entry("G10L 17/", "SPEECH_RECOGNITION"), Map.entry("G10L 25/", "SPEECH_RECOGNITION"),
            Map.entry("G06F 40/", "NLP"), Map.entry("G06F 17/27", "NLP"), Map.entry("G06F 17/28", "NLP"),
            Map.entry("G06N", "DEEP_LEARNING"), Map.entry("G06V", "COMPUTER_VISION"), Map.entry("G06K 9/", "COMPUTER_VISION"),
            Map.entry("G06T 7/", "COMPUTER_VISION"), Map.entry("B60W", "AUTONOMOUS_DRIVING"),
            Map.entry("G05D 1/", "AUTONOMOUS_DRIVING"), Map.entry("G08G 1/", "AUTONOMOUS_DRIVING"),
            Map.entry("G01J 5/", "BODY_TEMPERATURE"), Map.entry("A61B 5/01", "BODY_TEMPERATURE"),
            Map.entry("G16Y", "IOT"), Map.entry("H04L 67/12", "IOT"), Map.entry("H04W 4/70", "IOT"),
            Map.entry("H04L 12/28", "IOT"));

    private AreaFromIpc() {
    }

    /** The area's code for these symbols, in their order of importance (the first is the main class). */
    public static String areaCode(List<IpcSymbol> symbols) {
        for (IpcSymbol symbol : symbols) {
            String text = symbol.normalised();
            for (Map.Entry<String, String> prefix : PREFIXES) {
                if (text.startsWith(prefix.getKey())) {
                    return prefix.getValue();
                }
            }
        }
        return "OTHER";
    }

}
