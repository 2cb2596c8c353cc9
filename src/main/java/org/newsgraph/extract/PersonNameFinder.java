package org.newsgraph.extract;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import com.hankcs.hanlp.HanLP;
import com.hankcs.hanlp.seg.common.Term;
import org.newsgraph.article.Language;
import org.newsgraph.article.Span;

/**
 * Finds people the gazetteer does not know: HanLP's person-name recognition proposes Chinese names in the
 * original, and a name is kept only when the translation spells it, in pinyin, as a capitalised name (邓小平 and
 * "Deng Xiaoping"). That check removes HanLP's many false names (土炉, 小铁) and aligns the two texts. Such a
 * person is an entity of the article alone: its IRI is a fragment ({@code #person-deng-xiaoping}) of the
 * article's, since a name does not tell whether two articles mean the same person; it is never linked to
 * Wikidata.
 */
public final class PersonNameFinder {

    /** How sure a name found this way is: confirmed by both texts, but not by the gazetteer. */
    static final double CONFIDENCE = 0.7;

    /** A word followed by one of these names a cooperative, township, village or town, not a person. */
    private static final Pattern NOT_A_PERSON_AFTER = Pattern.compile("(\\p{IsHan}{2,3})(?=社|乡|村|镇|公社)");

    /** The pinyin forms of a name, as translations write them: "Deng Xiaoping", "Ge De". */
    private static Optional<String> english(String chinese) {
        String pinyin = HanLP.convertToPinyinString(chinese, " ", false).strip();
        String[] syllables = pinyin.split("\\s+");
        if (syllables.length != chinese.length() || syllables.length < 2 || !pinyin.matches("[a-z ]+"))
            return Optional.empty();
        StringBuilder given = new StringBuilder();
        for (int i = 1; i < syllables.length; i++)
            given.append(syllables[i]);
        return Optional.of(capital(syllables[0]) + " " + capital(given.toString()));
    }

    /**
     * The mentions of people in the original {@code zh} and the translation {@code en} that are not already
     * mentioned (by {@code known}, the gazetteer's mentions).
     */
    public List<Mention> find(String zh, String en, List<Mention> known) {
        Map<String, String> people = new LinkedHashMap<>();   // Chinese name -> English name
        // 郭家坪社: words that name a cooperative, township, village or town, whatever HanLP makes of them.
        Set<String> places = NOT_A_PERSON_AFTER.matcher(zh).results().map(r -> r.group(1)).collect(Collectors.toSet());
        for (Term t : HanLP.segment(zh)) {
            String word = t.word;
            if (!t.nature.toString().equals("nr") || word.length() < 2 || word.length() > 3 || people.containsKey(word)
                || places.contains(word))
                continue;
            english(word).filter(name -> Pattern.compile("\\b" + Pattern.quote(name) + "\\b").matcher(en).find())
                .ifPresent(name -> people.put(word, name));
        }
        List<Mention> found = new ArrayList<>();
        people.forEach((chinese, english) -> {
            EntityRef person = EntityRef.of("#person-" + english.toLowerCase(Locale.ROOT).replace(' ', '-'), "Person",
                chinese, english, Optional.empty(), false);
            occurrences(zh, Language.ZH, chinese, person, known, found);
            occurrences(en, Language.EN, english, person, known, found);
        });
        return found;
    }

    private static void occurrences(String text, Language lang, String name, EntityRef person, List<Mention> known,
                                    List<Mention> found) {
        Matcher m = Pattern.compile(lang == Language.EN ? "\\b" + Pattern.quote(name) + "\\b" : Pattern.quote(name)).matcher(text);
        while (m.find()) {
            Span span = Span.ofChars(text, m.start(), m.end());
            boolean covered = known.stream().anyMatch(k -> k.lang() == lang && k.span().begin() < span.end()
                && span.begin() < k.span().end());
            if (!covered)
                found.add(new Mention(lang, span, m.group(), person, ExtractionMethod.NAME_RECOGNITION, CONFIDENCE));
        }
    }

    private static String capital(String s) {
        return s.isEmpty() ? s : Character.toUpperCase(s.charAt(0)) + s.substring(1);
    }
}
