package org.newsgraph.extract;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.MatchResult;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import com.hankcs.hanlp.dictionary.nr.TranslatedPersonDictionary;
import com.hankcs.hanlp.seg.common.Term;
import org.newsgraph.article.Language;
import org.newsgraph.article.Span;

/**
 * Finds people the gazetteer does not know. HanLP's person-name recognition proposes Chinese names in the
 * original, often cut short (白冰 for 杨白冰, 赵南 for 赵南起): each proposal is widened to the whole name the text
 * writes, a known surname and one or two given-name characters. A name is kept when the translation spells it in
 * pinyin, syllables joined or apart ("Yang Baibing", "Yang Bai Bing"), or, less surely, when a title stands right
 * before or after it (总参谋长迟浩田, 迟浩田同志) and the translation garbles it. That check removes HanLP's many
 * false names (土炉, 小铁) and aligns the two texts; words that name a village or cooperative (崔庄村, 在崔庄,
 * "Cui Zhuang") are left out. Such a person is an entity of the article alone: its IRI is a fragment
 * ({@code #person-yang-baibing}, from the name's pinyin) of the article's, since a name does not tell whether two
 * articles mean the same person; it is never linked to Wikidata. Thread-safe.
 */
public final class PersonNameFinder {

    /** How sure a name is that the translation spells: confirmed by both texts, but not by the gazetteer. */
    static final double CONFIDENCE = 0.7;
    /**
     * How sure a name is that only a title confirms: a person for sure, but where the name ends rests on HanLP and
     * the surname list alone, and no second text confirms the reading.
     */
    static final double TITLE_CONFIDENCE = 0.5;

    /** Offices and forms of address that stand right before or after a person's name in the paper. */
    private static final List<String> TITLES = List.of("书记", "主任", "部长", "司令员", "政委", "主席", "总理", "省长",
        "市长", "县长", "区长", "社长", "厂长", "队长", "秘书长", "参谋长", "委员长", "军长", "师长", "团长", "局长",
        "院长", "校长", "大使", "同志");
    /** The shortest name a title alone confirms: two characters after a title are too often not a name (都已). */
    private static final int TITLED_NAME_LENGTH = 3;
    /** A family's village: 赵家楼, 郭家坪, 李家庄, a surname, 家 and a word for a building, flat, pass or village. */
    private static final Pattern FAMILY_VILLAGE = Pattern.compile("\\p{IsHan}家[庄村屯寨集堡营店铺坊镇乡社楼坪口湾沟峪岭坡洼窑]");
    /** Last characters of names of villages, markets and towns. */
    private static final String SETTLEMENT_ENDINGS = "庄村屯寨集堡营店铺坊镇乡社";
    /** After a word: it names a cooperative, township, village, town, brigade or team (but 社长, 村长 are titles). */
    private static final Pattern PLACE_AFTER = Pattern.compile("公社|大队|生产队|[社乡村镇](?![长员])");
    /** The same after a word that ends like a settlement's name: there 崔庄社长 is the head of Cuizhuang's. */
    private static final Pattern PLACE_AFTER_SETTLEMENT = Pattern.compile("公社|大队|生产队|[社乡村镇]");
    /** Before a word that ends like a settlement's name: being in, going to or coming from it (在崔庄). */
    private static final Pattern PLACE_BEFORE_SETTLEMENT = Pattern.compile("[在到从往去来于自住回至]$");
    /** After a name in English: the word makes it a place's ("Cuizhuang Village"). */
    private static final Pattern PLACE_AFTER_EN = Pattern.compile("^\\s+(?:Village|Commune|Town|Township|Brigade|Cooperative)\\b");

    /** A person found: the whole Chinese name, its reading, and whether the translation spells it. */
    private record Person(String chinese, ChineseNames.Reading reading, boolean spelled) {
        double confidence() { return spelled ? CONFIDENCE : TITLE_CONFIDENCE; }
    }

    /** Where a name may be: {@code begin} to {@code end} in the original, opened by a surname this long. */
    private record Window(int begin, int end, int surnameLength) {
        String of(String text) { return text.substring(begin, end); }
    }

    /**
     * The mentions of people in the original {@code zh} and the translation {@code en} that are not already
     * mentioned (by {@code known}, the gazetteer's mentions).
     */
    public List<Mention> find(String zh, String en, List<Mention> known) {
        return find(new ChineseWords(zh), en, known);
    }

    /** The same, with the original's segmentation shared with the other finders. */
    List<Mention> find(ChineseWords original, String en, List<Mention> known) {
        String zh = original.text();
        Map<String, Person> people = new LinkedHashMap<>();
        Map<String, Optional<Person>> spelled = new HashMap<>();
        int at = 0;
        for (Term t : original.words()) {
            int from = zh.indexOf(t.word, at);
            if (from < 0)
                continue;
            at = from + t.word.length();
            if (!t.nature.toString().equals("nr") || t.word.length() < 2 || t.word.length() > 3)
                continue;
            person(zh, en, from, at, known, spelled)
                .filter(p -> !people.containsKey(p.chinese()) || p.spelled() && !people.get(p.chinese()).spelled())
                .ifPresent(p -> people.put(p.chinese(), p));
        }
        // Never a part of a name when the whole is found: 赵南 of 赵南起.
        people.keySet().removeIf(name -> people.keySet().stream().anyMatch(o -> !o.equals(name) && o.contains(name)));
        return mentions(zh, en, people.values(), known);
    }

    /** The person HanLP's proposal from {@code from} to {@code to} is part of, if either text confirms one. */
    private static Optional<Person> person(String zh, String en, int from, int to, List<Mention> known,
                                           Map<String, Optional<Person>> spelled) {
        List<Window> windows = windows(zh, from, to).stream().filter(w -> !placeInContext(zh, w, known)).toList();
        for (Window w : windows) {
            Optional<Person> p = spelled.computeIfAbsent(w.of(zh), name -> spelledIn(en, name, w.surnameLength()));
            if (p.isPresent())
                return p;
        }
        for (Window w : windows) {
            String name = w.of(zh);
            boolean titled = TITLES.stream().anyMatch(t -> zh.startsWith(t, w.end()))
                || w.end() == to && TITLES.stream().anyMatch(t -> w.begin() >= t.length() && zh.startsWith(t, w.begin() - t.length()));
            // A title after a village's name is its head's (崔庄队长); a surname-like character and a word after a
            // title (书记都已) or a foreign name (主席汉斯) are no Chinese name: only the translation can confirm those.
            if (titled && w.surnameLength() > 0 && name.length() >= TITLED_NAME_LENGTH && !endsLikeSettlement(name)
                && !TranslatedPersonDictionary.containsKey(name) && !spelledAsPlace(en, name, w.surnameLength()))
                return ChineseNames.readings(name, w.surnameLength()).stream().findFirst()
                    .map(r -> new Person(name, r, false));
        }
        return Optional.empty();
    }

    /**
     * The whole names HanLP's proposal from {@code from} to {@code to} may be part of, longest first: a known
     * surname at most two characters before it, with one or two given-name characters, covering the proposal;
     * and the proposal itself, surname or not.
     */
    private static List<Window> windows(String zh, int from, int to) {
        Set<Window> windows = new HashSet<>();
        for (int begin = Math.max(0, from - 2); begin <= from; begin++) {
            int surname = ChineseNames.surnameAt(zh, begin);
            for (int given = 1; surname > 0 && given <= 2; given++) {
                int end = begin + surname + given;
                if (end >= to && end <= zh.length() && zh.substring(begin, end).codePoints().allMatch(Language::isHan))
                    windows.add(new Window(begin, end, surname));
            }
        }
        int surname = ChineseNames.surnameAt(zh, from);
        windows.add(new Window(from, to, surname > 0 && surname < to - from ? surname : 1));
        List<Window> longestFirst = new ArrayList<>(windows);
        longestFirst.sort(Comparator.comparingInt((Window w) -> w.begin() - w.end()).thenComparingInt(Window::begin));
        return longestFirst;
    }

    /** The person {@code name} is when the translation spells it in pinyin as a person's name, not a place's. */
    private static Optional<Person> spelledIn(String en, String name, int surnameLength) {
        for (ChineseNames.Reading r : ChineseNames.readings(name, surnameLength)) {
            List<MatchResult> found = r.pattern().matcher(en).results().toList();
            if (found.isEmpty())
                continue;
            return found.stream().anyMatch(m -> placeAt(en, m, name, r)) ? Optional.empty()
                : Optional.of(new Person(name, r, true));
        }
        return Optional.empty();
    }

    private static boolean spelledAsPlace(String en, String name, int surnameLength) {
        return ChineseNames.readings(name, surnameLength).stream()
            .anyMatch(r -> r.pattern().matcher(en).results().anyMatch(m -> placeAt(en, m, name, r)));
    }

    /**
     * True when the translation writes a place at {@code match}: a word such as "Village" follows, or a name
     * that ends like a settlement's has its last syllable apart ("Cui Zhuang").
     */
    private static boolean placeAt(String en, MatchResult match, String name, ChineseNames.Reading reading) {
        if (PLACE_AFTER_EN.matcher(en).region(match.end(), en.length()).lookingAt())
            return true;
        String words = match.group();
        String last = reading.given().get(reading.given().size() - 1);
        return endsLikeSettlement(name) && words.length() > last.length()
            && Character.isWhitespace(words.charAt(words.length() - last.length() - 1));
    }

    /**
     * True when the gazetteer or the original makes the window's words a place: a place of the gazetteer covers
     * it, they name a family's village (赵家楼), or anywhere in the text the words are followed by 村, 乡, 社, 公社, 大队 …, or, for words that end like a
     * settlement's name, preceded by 在, 到, 从 ….
     */
    private static boolean placeInContext(String zh, Window w, List<Mention> known) {
        Span span = Span.ofChars(zh, w.begin(), w.end());
        if (known.stream().anyMatch(k -> k.lang() == Language.ZH && k.entity().place() && k.span().begin() < span.end()
            && span.begin() < k.span().end()))
            return true;
        String word = w.of(zh);
        if (FAMILY_VILLAGE.matcher(word).matches())
            return true;
        boolean settlement = endsLikeSettlement(word);
        for (int i = zh.indexOf(word); i >= 0; i = zh.indexOf(word, i + 1)) {
            int end = i + word.length();
            if ((settlement ? PLACE_AFTER_SETTLEMENT : PLACE_AFTER).matcher(zh).region(end, zh.length()).lookingAt())
                return true;
            if (settlement && PLACE_BEFORE_SETTLEMENT.matcher(zh).region(0, i).find())
                return true;
        }
        return false;
    }

    private static boolean endsLikeSettlement(String word) {
        return SETTLEMENT_ENDINGS.indexOf(word.charAt(word.length() - 1)) >= 0;
    }

    /**
     * Every occurrence of the people in both texts, longest name first, leaving out the words the gazetteer's
     * mentions or a longer name already take. The translation's occurrences are only those of names it spells:
     * a garbled name cannot be told from other words.
     */
    private static List<Mention> mentions(String zh, String en, Iterable<Person> people, List<Mention> known) {
        List<Person> longestFirst = new ArrayList<>();
        people.forEach(longestFirst::add);
        longestFirst.sort(Comparator.comparingInt((Person p) -> -p.chinese().length()));
        Map<String, String> iris = new HashMap<>();
        List<Mention> found = new ArrayList<>();
        for (Person p : longestFirst) {
            String iri = "#person-" + p.reading().slug();
            // Two names read alike (张华, 章华) are not one person: the second is left out.
            if (!iris.computeIfAbsent(iri, i -> p.chinese()).equals(p.chinese()))
                continue;
            // Only a name the translation spells has an English name: a reading of the characters alone may be wrong.
            EntityRef person = EntityRef.of(iri, EntityKind.PERSON, p.chinese(), p.spelled() ? p.reading().english() : "",
                Optional.empty());
            occurrences(zh, Language.ZH, Pattern.compile(Pattern.quote(p.chinese())), person, p.confidence(), known, found);
            if (p.spelled())
                occurrences(en, Language.EN, p.reading().pattern(), person, p.confidence(), known, found);
        }
        return found;
    }

    private static void occurrences(String text, Language lang, Pattern name, EntityRef person, double confidence,
                                    List<Mention> known, List<Mention> found) {
        Matcher m = name.matcher(text);
        while (m.find()) {
            Span span = Span.ofChars(text, m.start(), m.end());
            boolean taken = known.stream().anyMatch(k -> overlap(k, lang, span))
                || found.stream().anyMatch(k -> overlap(k, lang, span));
            if (!taken)
                found.add(new Mention(lang, span, m.group(), person, ExtractionMethod.NAME_RECOGNITION, confidence));
        }
    }

    private static boolean overlap(Mention m, Language lang, Span span) {
        return m.lang() == lang && m.span().begin() < span.end() && span.begin() < m.span().end();
    }
}
