package org.newsgraph.extract;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

import org.newsgraph.article.Language;
import org.newsgraph.text.Widths;

/**
 * The names by which entities can be mentioned, per language. Built from authority data; extraction never names
 * an entity itself.
 */
public final class Lexicon {

    /** One name of an entity; {@code primary} for its main name, false for an alias. */
    public record Name(String surface, EntityRef entity, boolean primary) {}

    private static final java.util.regex.Pattern ARTICLE =
        java.util.regex.Pattern.compile("^(?:the|a|an)\\s", java.util.regex.Pattern.CASE_INSENSITIVE);

    private final Map<String, List<Name>> zh;
    private final Map<String, List<Name>> en;

    private Lexicon(Map<String, List<Name>> zh, Map<String, List<Name>> en) {
        this.zh = zh;
        this.en = en;
    }

    public static Builder builder() { return new Builder(); }

    /** Names by normalised surface form, for the language {@code zh} or {@code en}. */
    Map<String, List<Name>> names(Language lang) { return lang == Language.ZH ? zh : en; }

    /**
     * The surface forms normalised for matching: full-width forms folded, case folded. One char in, one char out, so
     * that offsets in the normalised text are offsets in the text.
     */
    static String normalise(String s) {
        StringBuilder b = new StringBuilder(s.length());
        for (int i = 0; i < s.length(); i++)
            b.append(Character.toLowerCase(Widths.fold(s.charAt(i))));
        return b.toString();
    }

    /** Collects names; a name may be given for several entities (it is then ambiguous). */
    public static final class Builder {
        private final Map<String, List<Name>> zh = new LinkedHashMap<>();
        private final Map<String, List<Name>> en = new LinkedHashMap<>();

        private Builder() {}

        /**
         * Adds a name. An English alias that starts with an article ("the Party") is a description rather than a
         * name, and matched case-insensitively it would find "the party committee": it is left out.
         */
        public Builder name(String surface, Language lang, EntityRef entity, boolean primary) {
            Objects.requireNonNull(entity, "entity");
            if (surface == null || surface.isBlank())
                throw new IllegalArgumentException("blank name for " + entity.iri());
            Objects.requireNonNull(lang, "lang");
            if (lang == Language.EN && !primary && ARTICLE.matcher(surface).find())
                return this;
            Map<String, List<Name>> names = lang == Language.ZH ? zh : en;
            List<Name> list = names.computeIfAbsent(normalise(surface.strip()), k -> new ArrayList<>());
            if (list.stream().noneMatch(n -> n.entity().iri().equals(entity.iri())))
                list.add(new Name(surface.strip(), entity, primary));
            return this;
        }

        public Lexicon build() {
            return new Lexicon(freeze(zh), freeze(en));
        }

        private static Map<String, List<Name>> freeze(Map<String, List<Name>> m) {
            Map<String, List<Name>> copy = new LinkedHashMap<>();
            m.forEach((k, v) -> copy.put(k, List.copyOf(v)));
            return copy;
        }
    }

}
