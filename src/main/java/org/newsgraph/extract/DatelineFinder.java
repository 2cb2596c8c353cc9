package org.newsgraph.extract;

import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import org.newsgraph.article.Body;
import org.newsgraph.article.Language;
import org.newsgraph.article.Paragraph;
import org.newsgraph.article.Span;

/**
 * Finds the dateline that opens a report: {@code 据新华社4日讯}, {@code 本报天津30日电}, {@code 新华社三十一日讯} in
 * the original, {@code Xinhua News Agency, September 4th:} in the translation. The names of agencies and papers
 * come from authority data; the shape of a dateline is the archive's. Thread-safe once built.
 */
public final class DatelineFinder {

    /** Only the first paragraphs are looked at: a dateline follows at most the repeated headline decks. */
    private static final int PARAGRAPHS = 4;
    /** A day in a Chinese dateline: {@code 4日}, {@code ３０日}, {@code 三十一日}. */
    private static final String DAY_ZH = "(?:[0-9０-９]{1,2}|[一二三四五六七八九十廿卅]{1,4})日";

    private final Map<String, String> keyByName;
    private final Pattern chinese;
    private final Pattern english;

    private DatelineFinder(Map<String, String> keyByName) {
        this.keyByName = Map.copyOf(keyByName);
        List<String> zh = new ArrayList<>();
        List<String> en = new ArrayList<>();
        keyByName.keySet().forEach(name -> (Language.ofText(name) == Language.ZH ? zh : en).add(name));
        this.chinese = zh.isEmpty() ? null : Pattern.compile(
            "^据?(?<text>(?<name>" + alternatives(zh) + ")\\p{IsHan}{0,8}?(?:" + DAY_ZH + ")?[电讯])");
        this.english = en.isEmpty() ? null : Pattern.compile(
            "^(?<text>(?<name>" + alternatives(en) + ")(?:[,\\s][^:：—–.\\n]{0,40}?\\d[^:：—–.\\n]{0,20}?)?)"
                + "(?=\\s*(?:[:：—–]|\\.\\s)|\\s*$)");
    }

    public static Builder builder() { return new Builder(); }

    /** The dateline opening {@code body}, if one of its first paragraphs starts with one. */
    public Optional<Dateline> find(Body body) {
        for (Paragraph p : body.paragraphs().subList(0, Math.min(PARAGRAPHS, body.paragraphs().size()))) {
            for (Pattern pattern : new Pattern[] {chinese, english}) {
                if (pattern == null)
                    continue;
                Matcher m = pattern.matcher(p.text());
                if (m.find()) {
                    int begin = p.span().begin() + p.text().codePointCount(0, m.start("text"));
                    int end = begin + m.group("text").codePointCount(0, m.group("text").length());
                    return Optional.of(new Dateline(m.group("text"), keyByName.get(m.group("name")), new Span(begin, end)));
                }
            }
        }
        return Optional.empty();
    }

    private static String alternatives(List<String> names) {
        // Longest first, so that "新华社" wins over a shorter name it contains.
        return names.stream().sorted((a, b) -> b.length() - a.length()).map(Pattern::quote)
            .collect(Collectors.joining("|"));
    }


    /** Collects the names by which datelines credit each source. */
    public static final class Builder {
        private final Map<String, String> keyByName = new LinkedHashMap<>();

        private Builder() {}

        /**
         * Adds a source: {@code key} identifies it in results (e.g. its IRI), {@code names} are how datelines
         * write it, in any language ({@code 新华社}, {@code Xinhua News Agency}).
         */
        public Builder source(String key, Collection<String> names) {
            Objects.requireNonNull(key, "key");
            for (String name : names) {
                if (name == null || name.isBlank())
                    throw new IllegalArgumentException("blank dateline name for " + key);
                String previous = keyByName.putIfAbsent(name.strip(), key);
                if (previous != null && !previous.equals(key))
                    throw new IllegalArgumentException("dateline name '" + name + "' given for both " + previous + " and " + key);
            }
            return this;
        }

        public DatelineFinder build() {
            if (keyByName.isEmpty())
                throw new IllegalStateException("no dateline sources given");
            return new DatelineFinder(keyByName);
        }
    }
}
