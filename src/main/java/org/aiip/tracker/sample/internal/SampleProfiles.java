package org.aiip.tracker.sample.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;

/**
 * The raw material of the synthetic filings: who files how much in which technology areas, and
 * the words titles and abstracts are made of. Areas follow what the source article says of each
 * member (Baidu: deep learning, speech, language, autonomous driving and about a hundred
 * body-temperature applications since 2016; JD.com: vision, language and logistics IoT; Haier:
 * mostly IoT).
 */
public final class SampleProfiles {

    // What inventions in each area do.

    private static final String[] DEEP_LEARNING_TASKS = { "training a neural network on distributed hardware", "compressing a deep neural network",
                "searching neural network architectures", "image classification", "recommending content",
                "tuning hyperparameters of a model" };

    private static final String[] SPEECH_TASKS = { "speech recognition", "voice wake-up", "far-field speech enhancement",
                "speech synthesis", "speaker verification", "recognising voice commands" };

    private static final String[] NLP_TASKS = { "semantic matching of text", "machine translation", "answering questions",
                "linking entities in a knowledge graph", "generating dialogue replies", "classifying customer queries" };

    private static final String[] VISION_TASKS = { "face recognition", "recognising goods in images", "re-identifying pedestrians",
                "segmenting images", "detecting objects", "recognising food in a refrigerator" };

    private static final String[] DRIVING_TASKS = { "detecting obstacles around an autonomous vehicle", "planning the path of an autonomous vehicle",
                "locating a vehicle on a high-definition map", "detecting lane lines", "recognising traffic lights",
                "predicting the trajectories of pedestrians" };

    private static final String[] TEMPERATURE_TASKS = { "non-contact body-temperature measurement", "screening crowds for fever",
                "measuring forehead temperature with face detection", "calibrating infrared thermal images" };

    private static final String[] LOGISTICS_TASKS = { "scheduling warehouse robots", "sorting parcels", "planning delivery routes",
                "monitoring inventory with sensors", "tracking cold-chain shipments" };

    private static final String[] HOME_TASKS = { "controlling smart home appliances", "selecting a washing programme",
                "controlling an air conditioner from user behaviour", "linking appliances in a smart home",
                "diagnosing faults of connected appliances" };

    private static final List<Member> MEMBERS = List.of(
            new Member("baidu", 55, List.of(
                    new Weighted<>(area("DEEP_LEARNING", DEEP_LEARNING_TASKS, "G06N 3/08", "G06N 3/04", "G06N 20/00"), 28),
                    new Weighted<>(area("SPEECH_RECOGNITION", SPEECH_TASKS, "G10L 15/22", "G10L 15/16", "G10L 15/26"), 20),
                    new Weighted<>(area("NLP", NLP_TASKS, "G06F 40/30", "G06F 40/35", "G06F 16/33"), 20),
                    new Weighted<>(area("AUTONOMOUS_DRIVING", DRIVING_TASKS, "B60W 60/00", "G05D 1/02", "G08G 1/16"), 24),
                    new Weighted<>(area("BODY_TEMPERATURE", TEMPERATURE_TASKS, "G01J 5/00", "G01K 13/00", "G06V 40/10"), 8))),
            new Member("jd", 25, List.of(
                    new Weighted<>(area("COMPUTER_VISION", VISION_TASKS, "G06V 10/82", "G06V 40/16", "G06T 7/00"), 40),
                    new Weighted<>(area("NLP", NLP_TASKS, "G06F 40/30", "G06F 40/35", "G06F 16/33"), 25),
                    new Weighted<>(area("IOT", LOGISTICS_TASKS, "G06Q 10/08", "H04L 67/12", "H04W 4/70"), 35))),
            new Member("haier", 20, List.of(
                    new Weighted<>(area("IOT", HOME_TASKS, "H04L 67/12", "H04W 4/70", "H04L 12/28"), 60),
                    new Weighted<>(area("COMPUTER_VISION", VISION_TASKS, "G06V 10/82", "G06V 20/68", "G06T 7/00"), 25),
                    new Weighted<>(area("SPEECH_RECOGNITION", SPEECH_TASKS, "G10L 15/22", "G10L 15/26", "G10L 15/16"), 15))));

    private static final String[] TECHNIQUES = { "deep learning", "a convolutional neural network",
            "an attention mechanism", "reinforcement learning", "a knowledge graph", "multi-sensor fusion",
            "transfer learning", "a recurrent neural network" };

    private static final String[] TITLE_TEMPLATES = { "Method and device for %s based on %s",
            "%s method and apparatus, electronic device and storage medium", "Method, system and storage medium for %s",
            "%s system based on %s", "Model training method for %s, electronic device and readable storage medium",
            "Method for %s using %s" };

    private SampleProfiles() {
    }

    public static Member member(Random random) {
        return pick(MEMBERS.stream().map(m -> new Weighted<>(m, m.share())).toList(), random);
    }

    public static String title(Area area, Random random) {
        String task = area.tasks()[random.nextInt(area.tasks().length)];
        String technique = TECHNIQUES[random.nextInt(TECHNIQUES.length)];
        String template = TITLE_TEMPLATES[random.nextInt(TITLE_TEMPLATES.length)];
        String title = template.startsWith("%s") ? String.format(template, capitalise(task), technique)
                : String.format(template, task, technique);
        return title;
    }

    public static String abstractText(Area area, Random random) {
        String task = area.tasks()[random.nextInt(area.tasks().length)];
        String technique = TECHNIQUES[random.nextInt(TECHNIQUES.length)];
        return "A method for " + task + " is disclosed. Input data are collected, features are extracted with "
                + technique + ", and a result is produced that is more accurate and faster to compute than with "
                + "conventional approaches. (Synthetic sample abstract.)";
    }

    private static String capitalise(String text) {
        return Character.toUpperCase(text.charAt(0)) + text.substring(1);
    }

    private static <T> T pick(List<Weighted<T>> choices, Random random) {
        int total = choices.stream().mapToInt(Weighted::weight).sum();
        int roll = random.nextInt(total);
        for (Weighted<T> choice : choices) {
            if (roll < choice.weight()) {
                return choice.value();
            }
            roll -= choice.weight();
        }
        throw new IllegalStateException("weights changed while picking");
    }

    private static Area area(String code, String[] tasks, String... ipc) {
        return new Area(code, tasks, List.of(ipc));
    }

    /** A member's share of all filings (in percent) and the areas it files in. */
    public record Member(String slug, int share, List<Weighted<Area>> areas) {

        public Area area(Random random) {
            return pick(this.areas, random);
        }

    }

    /** A technology area by code, what inventions in it do, and fitting IPC symbols (main first). */
    public record Area(String code, String[] tasks, List<String> ipcSymbols) {

        /** The main symbol, and sometimes one or two more. */
        public List<String> ipc(Random random) {
            List<String> symbols = new ArrayList<>(this.ipcSymbols.subList(0, 1));
            int extra = random.nextInt(3);
            for (int i = 1; i <= extra && i < this.ipcSymbols.size(); i++) {
                symbols.add(this.ipcSymbols.get(i));
            }
            return symbols;
        }

    }

    record Weighted<T>(T value, int weight) {
    }

}
