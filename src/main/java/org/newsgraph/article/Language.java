package org.newsgraph.article;

import java.util.Locale;

/** The two languages of an article: the Chinese original and its English machine translation. */
public enum Language {
    ZH("zh"), EN("en");

    private final String tag;

    Language(String tag) { this.tag = tag; }

    /** The BCP 47 language tag, as RDF literals and the {@code extract} output write it. */
    public String tag() { return tag; }

    /** The language whose tag is {@code tag} ({@code zh} or {@code en}, any case). */
    public static Language ofTag(String tag) {
        for (Language l : values())
            if (l.tag.equals(tag == null ? null : tag.toLowerCase(Locale.ROOT)))
                return l;
        throw new IllegalArgumentException("language must be zh or en: " + tag);
    }

    /** The language of a plain text: Chinese when it has Han characters, else English. */
    public static Language ofText(CharSequence text) {
        return text.codePoints().anyMatch(Language::isHan) ? ZH : EN;
    }

    /** True for a Han character. */
    public static boolean isHan(int codePoint) {
        return Character.UnicodeScript.of(codePoint) == Character.UnicodeScript.HAN;
    }

    @Override
    public String toString() { return tag; }
}
