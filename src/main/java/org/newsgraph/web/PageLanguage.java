package org.newsgraph.web;

import java.text.MessageFormat;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.ResourceBundle;

/**
 * The languages the site's pages are written in. A page's fixed texts come from one resource bundle per language
 * ({@code texts.properties} in English, {@code texts_zh.properties} in Chinese), never from the templates; the labels
 * of the data are taken in the page's language first.
 */
public enum PageLanguage {
    EN("en", Locale.ENGLISH),
    ZH("zh", Locale.CHINESE);

    /** The cookie that remembers the language a reader chose with {@code ?lang=}. */
    static final String COOKIE = "lang";

    private final String tag;
    private final ResourceBundle texts;

    PageLanguage(String tag, Locale locale) {
        this.tag = tag;
        this.texts = ResourceBundle.getBundle("org.newsgraph.web.texts", locale,
            ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES));
    }

    /** The BCP 47 tag, as in {@code ?lang=} and in the data's language tags. */
    public String tag() { return tag; }

    /** The other language, which the switch offers. */
    public PageLanguage other() { return this == EN ? ZH : EN; }

    /** The fixed text {@code key}, its {@code {0}}… filled with {@code args}. */
    public String text(String key, Object... args) {
        // Every text is a MessageFormat pattern, so that quotes are written the same way ('') with or without arguments.
        return new MessageFormat(texts.getString(key), texts.getLocale()).format(args);
    }

    static Optional<PageLanguage> ofTag(String tag) {
        return Arrays.stream(values()).filter(l -> l.tag.equalsIgnoreCase(tag)).findFirst();
    }

    /**
     * The language of a page: {@code ?lang=} when it names one, else the one remembered in the cookie, else the best
     * of {@code Accept-Language}, else English.
     */
    static PageLanguage choose(String parameter, String cookie, String acceptLanguage) {
        for (String asked : new String[] {parameter, cookie}) {
            if (asked != null) {
                Optional<PageLanguage> l = ofTag(asked);
                if (l.isPresent())
                    return l.get();
            }
        }
        if (acceptLanguage != null && !acceptLanguage.isBlank()) {
            try {
                String best = Locale.lookupTag(Locale.LanguageRange.parse(acceptLanguage),
                    Arrays.stream(values()).map(PageLanguage::tag).toList());
                if (best != null)
                    return ofTag(best).orElse(EN);
            } catch (IllegalArgumentException malformed) {
                return EN;
            }
        }
        return EN;
    }

    /** The languages labels are taken in, this one first. */
    List<String> labelOrder() { return List.of(tag, other().tag); }
}
