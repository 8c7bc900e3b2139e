package org.aiip.tracker;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/**
 * Parts of a rendered page, for assertions that must not be satisfied by the layout: the signed-in
 * person's name is in every page's navigation, so "the page names X" must look in {@code <main>}.
 */
public final class Pages {

    private Pages() {
    }

    /** The visible text of the page's {@code <main>} element; fails when the page has none. */
    public static String main(String html) {
        Element main = Jsoup.parse(html).selectFirst("main");
        if (main == null) {
            throw new AssertionError("the page has no <main> element: " + html.substring(0, Math.min(300, html.length())));
        }
        return main.text();
    }

    /** The visible text of the page's navigation bar (the layout's {@code <nav>}); empty when there is none. */
    public static String nav(String html) {
        Document page = Jsoup.parse(html);
        Element nav = page.selectFirst("nav");
        return nav == null ? "" : nav.text();
    }

}
