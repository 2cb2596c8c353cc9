package org.newsgraph.extract;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.function.Predicate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.ahocorasick.trie.Emit;
import org.ahocorasick.trie.Trie;
import org.newsgraph.article.Language;
import org.newsgraph.article.Span;

/**
 * Finds the places, people and organisations of the lexicon in a text, in one Aho-Corasick pass per language:
 * longest name first, names that overlap a longer one left out, full-width forms and case folded, English names
 * only as whole words. Around each place it also finds the organisations the text composes from the place's
 * name: the party committee (中共河南省委, 海南区党委, Henan Provincial Committee of the Communist Party of China)
 * and the people's committee (湖南省人民委员会, Hunan Provincial People's Committee). Thread-safe.
 */
public final class MentionFinder {

    /** Confidence of a name that names one entity; of an alias that names one; of a main name among aliases. */
    static final double UNIQUE_NAME = 0.9;
    static final double UNIQUE_ALIAS = 0.8;
    static final double PREFERRED_NAME = 0.6;
    /**
     * A name of several places, or a county-level unit's bare name, that the places named around it confirm; an
     * English name that the Chinese text confirms.
     */
    static final double BY_CONTEXT = 0.7;
    static final double BY_OTHER_TEXT = 0.8;
    /**
     * The rest of a list of names that closes with their level: more names after 、 (or 和, 及, 与), then 等, a
     * count, and 县 (县市), 专区 or 地区.
     */
    private static final Pattern LIST_LEVEL_ZH = Pattern.compile(
        "(?:[、和及与]\\p{IsHan}{1,7}?)*?等?(?:[一二两三四五六七八九十百0-9]+个?)?(县市|县|专区|地区)");
    /** How a county-level unit's full name ends: 莒县, 莱阳市, 和平区, 右玉旗. */
    private static final Pattern LEVEL_SUFFIX_ZH = Pattern.compile("(?:县|市|区|旗)$");
    /** The party's name as it opens a committee's: 中共河南省委. A composed organisation is as sure as its place. */
    private static final String PARTY_ZH = "中共";

    /**
     * What, right after a place's short Chinese alias, makes it part of another name: a cooperative (文山社), a
     * township, village or town, a park (中山公园), a road or street, "world" (大同世界), or a photographer's
     * credit (安康摄), a team (泰山队).
     */
    private static final Pattern NOT_A_PLACE_AFTER_ALIAS_ZH = Pattern.compile("(?:社|乡|村|镇|公园|路|街|世界|摄|队)");
    /** The same for an English place name: "Zhongshan Park", "Taishan team". */
    private static final Pattern NOT_A_PLACE_AFTER_EN = Pattern.compile(
        "^\\s+(?:Park|Road|Street|Avenue|Commune|Cooperative|Co-op|Township|Village|Bridge|Team)\\b",
        Pattern.CASE_INSENSITIVE);
    /**
     * What, right before an English place name, makes it part of a region's name: "Northeast China", "North China"
     * and "Central South China" are regions, not the country.
     */
    private static final Pattern NOT_A_PLACE_BEFORE_EN = Pattern.compile(
        "\\b(?:North|South|East|West|Northeast|Northwest|Southeast|Southwest|Central|Central\\s+South)\\s+$");
    private static final String LEVEL_ZH = "(?:省|市|县|自治区|区|专区|地区)?";
    private static final Pattern PEOPLES_COMMITTEE_ZH = Pattern.compile(LEVEL_ZH + "人民委员会");
    /** After 中共 and a place: 省委, 地委, 委员会, 区党委 … */
    private static final Pattern PARTY_COMMITTEE_ZH = Pattern.compile(LEVEL_ZH + "(?:委员会|党委|委)");
    /** Without 中共: only the forms that say 委 of a level, 河南省委, 洛阳地委, 海南区党委. */
    private static final Pattern PARTY_COMMITTEE_SHORT_ZH = Pattern.compile("(?:省委|市委|县委|地委|区党委|区委|自治区党委)(?!员)");
    private static final String LEVEL_EN =
        "(?:(?:Provincial|Prefectural|Municipal|County|District|Regional|Autonomous\\s+Region(?:al)?)\\s+)?";
    private static final Pattern PEOPLES_COMMITTEE_EN = Pattern.compile("\\s+" + LEVEL_EN + "People's\\s+Committee");
    private static final Pattern PARTY_COMMITTEE_EN = Pattern.compile("\\s+" + LEVEL_EN + "(?:Party\\s+)?Committee"
        + "(?:\\s+of\\s+the\\s+(?:Communist\\s+Party\\s+of\\s+China|Chinese\\s+Communist\\s+Party|CPC))?");

    private final Lexicon lexicon;
    private final Trie zh;
    private final Trie en;
    /** The same names with overlaps kept, to find the places within an organisation's name. */
    private final Trie zhNested;
    private final Trie enNested;
    private final Optional<EntityRef> party;

    private MentionFinder(Lexicon lexicon) {
        this.lexicon = lexicon;
        this.zh = Trie.builder().ignoreOverlaps().addKeywords(lexicon.names(Language.ZH).keySet()).build();
        this.en = Trie.builder().ignoreOverlaps().onlyWholeWords().addKeywords(lexicon.names(Language.EN).keySet()).build();
        this.zhNested = Trie.builder().addKeywords(lexicon.names(Language.ZH).keySet()).build();
        this.enNested = Trie.builder().onlyWholeWords().addKeywords(lexicon.names(Language.EN).keySet()).build();
        this.party = Optional.ofNullable(lexicon.names(Language.ZH).get(Lexicon.normalise(PARTY_ZH)))
            .filter(l -> l.size() == 1).map(l -> l.get(0).entity());
    }

    public static MentionFinder create(Lexicon lexicon) {
        return new MentionFinder(Objects.requireNonNull(lexicon, "lexicon"));
    }

    /** The mentions in {@code text} of language {@code lang}, in text order, read without any context. */
    public List<Mention> find(String text, Language lang) {
        return read(text, lang, MentionContext.NONE).mentions();
    }

    /**
     * What {@code text} of language {@code lang} names, read against {@code context}: the mentions of one entity
     * each, and the words that name one of several places with nothing to tell which.
     */
    public Reading read(String text, Language lang, MentionContext context) {
        return read(text, lang, context, lang == Language.ZH ? new ChineseWords(text) : null);
    }

    /** What a Chinese text names, read against {@code context}, with the segmentation other finders share. */
    Reading read(ChineseWords original, MentionContext context) {
        return read(original.text(), Language.ZH, context, original);
    }

    private Reading read(String text, Language lang, MentionContext context, ChineseWords words) {
        boolean chinese = lang == Language.ZH;
        List<Mention> mentions = new ArrayList<>();
        List<Match> pending = new ArrayList<>();
        for (Emit emit : (chinese ? zh : en).parseText(Lexicon.normalise(text))) {
            int from = emit.getStart();
            int to = emit.getEnd() + 1;
            List<Lexicon.Name> candidates = candidates(text, lang, from, to, words, context);
            if (candidates.isEmpty())
                continue;
            Match match = new Match(from, to, candidates);
            Optional<Choice> choice = chinese ? withoutContext(candidates) : confirmed(candidates, context);
            if (choice.isPresent())
                found(text, lang, match, choice.get(), mentions);
            else
                pending.add(match);
        }
        List<AmbiguousMention> ambiguous = new ArrayList<>();
        decideByThePlacesAround(text, lang, pending, placesAround(mentions), mentions, ambiguous);
        List<Mention> composed = new ArrayList<>();
        for (Mention m : mentions)
            if (m.entity().place())
                (chinese ? composeChinese(text, m) : composeEnglish(text, m)).ifPresent(composed::add);
        mentions.addAll(composed);
        mentions.sort(Comparator.comparingInt((Mention m) -> m.span().begin()).thenComparing(m -> -m.span().length()));
        ambiguous.sort(Comparator.comparingInt(m -> m.span().begin()));
        return new Reading(mentions, ambiguous);
    }

    /**
     * The entities the words {@code [from, to)} may name: those that existed on the context's date, that are not part
     * of another name there (中山公园, Zhongshan Park, Northeast China, 张安平), of the level a list names.
     */
    private List<Lexicon.Name> candidates(String text, Language lang, int from, int to, ChineseWords words,
                                          MentionContext context) {
        boolean chinese = lang == Language.ZH;
        String key = Lexicon.normalise(text.substring(from, to));
        List<Lexicon.Name> candidates = existing(lexicon.names(lang).get(key), context).stream()
            .filter(n -> !n.entity().place() || !(chinese
                ? !n.primary() && after(NOT_A_PLACE_AFTER_ALIAS_ZH, text, to).isPresent()
                : after(NOT_A_PLACE_AFTER_EN, text, to).isPresent() || before(NOT_A_PLACE_BEFORE_EN, text, from)))
            .filter(n -> !chinese || !bare(n) || words.aligned(from, to))
            .toList();
        return chinese && candidates.size() > 1 ? ofTheListedLevel(candidates, text, to) : candidates;
    }

    /** The places named for sure, and the units they lie in: they tell which of several places a name means. */
    private static Set<String> placesAround(List<Mention> mentions) {
        Set<String> around = new HashSet<>();
        for (Mention m : mentions)
            if (m.entity().place()) {
                around.add(m.entity().iri());
                around.addAll(m.entity().within());
            }
        return around;
    }

    /**
     * Decides the {@code pending} words by the places {@code around}: a Chinese name with one candidate there is
     * its mention; words with several candidates left are ambiguous. A bare county name with no place of its own
     * around may be no place at all (和平, "peace"): in Chinese only the candidates the places around support are
     * kept.
     */
    private void decideByThePlacesAround(String text, Language lang, List<Match> pending, Set<String> around,
                                         List<Mention> mentions, List<AmbiguousMention> ambiguous) {
        boolean chinese = lang == Language.ZH;
        for (Match match : pending) {
            List<Lexicon.Name> supported = match.candidates().stream()
                .filter(n -> around.contains(n.entity().iri()) || n.entity().within().stream().anyMatch(around::contains))
                .toList();
            List<Lexicon.Name> kept = chinese && (!supported.isEmpty() || match.candidates().stream()
                .anyMatch(MentionFinder::bare)) ? supported : match.candidates();
            if (chinese && kept.size() == 1)
                found(text, lang, match, new Choice(kept.get(0).entity(), BY_CONTEXT), mentions);
            else if (kept.size() > 1)
                ambiguous.add(new AmbiguousMention(lang, Span.ofChars(text, match.from(), match.to()),
                    text.substring(match.from(), match.to()), kept.stream().map(Lexicon.Name::entity).distinct().toList()));
        }
    }

    /**
     * What a text names: {@code mentions} of one entity each, and {@code ambiguous} words that name one of
     * several entities, none of which the context confirms.
     */
    public record Reading(List<Mention> mentions, List<AmbiguousMention> ambiguous) {
        public Reading {
            mentions = List.copyOf(mentions);
            ambiguous = List.copyOf(ambiguous);
        }
    }

    /** Words that name one or more candidate entities. */
    private record Match(int from, int to, List<Lexicon.Name> candidates) {}

    private record Choice(EntityRef entity, double confidence) {}

    /** Adds the mention of {@code choice}, and the places within an organisation's name. */
    private void found(String text, Language lang, Match match, Choice choice, List<Mention> mentions) {
        int from = match.from();
        int to = match.to();
        mentions.add(mention(text, lang, from, to, choice.entity(), ExtractionMethod.GAZETTEER_MATCH, choice.confidence()));
        if (choice.entity().place())
            return;
        // A place that opens an organisation's name is mentioned too: Wuhan in "Wuhan Iron and Steel Works".
        // (China in "Communist Party of China" is part of a name, not where the party is.)
        boolean chinese = lang == Language.ZH;
        for (Emit inner : (chinese ? zhNested : enNested).parseText(Lexicon.normalise(text.substring(from, to))))
            resolve(lexicon.names(lang).get(inner.getKeyword()))
                .filter(c -> isLocality(c.entity()) && inner.getStart() == 0 && inner.getEnd() + 1 < to - from)
                .ifPresent(c -> mentions.add(mention(text, lang, from + inner.getStart(), from + inner.getEnd() + 1,
                    c.entity(), ExtractionMethod.GAZETTEER_MATCH, c.confidence())));
        if (chinese)
            abbreviatedPlace(text, from, to, choice.entity()).ifPresent(mentions::add);
    }

    /** The names' entities that can be meant on the context's date: none that did not exist then. */
    private static List<Lexicon.Name> existing(List<Lexicon.Name> names, MentionContext context) {
        if (names == null)
            return List.of();
        return names.stream().filter(n -> context.year().stream().allMatch(y -> n.entity().existence().possibleIn(y)))
            .toList();
    }

    /**
     * A Chinese name's entity when the name alone tells it: the only candidate, or the one whose main name it is;
     * never a county-level unit by its bare name (环江 for 环江毛南族自治县), which ordinary words and other names
     * share, and which only the places named around it confirm.
     */
    private static Optional<Choice> withoutContext(List<Lexicon.Name> candidates) {
        if (candidates.stream().anyMatch(MentionFinder::bare))
            return Optional.empty();
        return resolve(candidates);
    }

    /**
     * An English name's entity: a county-level unit, or one of several places that share the name ("Yidu" for
     * 益都 and 宜都), only when the Chinese text names that very entity; any other single candidate as {@link
     * #resolve} decides.
     */
    private static Optional<Choice> confirmed(List<Lexicon.Name> candidates, MentionContext context) {
        if (candidates.size() == 1 && !countyLevel(candidates.get(0).entity()))
            return resolve(candidates);
        List<Lexicon.Name> confirmed = candidates.stream().filter(n -> context.confirmed().contains(n.entity().iri()))
            .toList();
        if (confirmed.stream().map(n -> n.entity().iri()).distinct().count() == 1)
            return Optional.of(new Choice(confirmed.get(0).entity(), BY_OTHER_TEXT));
        return Optional.empty();
    }

    /** The entity a name stands for: the only one, or the one whose main name it is; none when still ambiguous. */
    private static Optional<Choice> resolve(List<Lexicon.Name> candidates) {
        if (candidates == null || candidates.isEmpty())
            return Optional.empty();
        if (candidates.size() == 1)
            return Optional.of(new Choice(candidates.get(0).entity(),
                candidates.get(0).primary() ? UNIQUE_NAME : UNIQUE_ALIAS));
        List<Lexicon.Name> primary = candidates.stream().filter(Lexicon.Name::primary).toList();
        return primary.size() == 1 ? Optional.of(new Choice(primary.get(0).entity(), PREFERRED_NAME))
            : Optional.empty();
    }

    /**
     * Of several candidates, those of the level that a list of names closes with: 临沂、苍山、益都等二十五个县 are
     * counties, 洛阳和信阳两专区 prefectures. All of them when no level closes the list, or none of them is of it.
     */
    private static List<Lexicon.Name> ofTheListedLevel(List<Lexicon.Name> candidates, String text, int to) {
        Matcher list = LIST_LEVEL_ZH.matcher(text).region(to, text.length());
        if (!list.lookingAt())
            return candidates;
        Predicate<EntityKind> level = list.group(1).startsWith("县") ? EntityKind::countyLevel : EntityKind::prefectureLevel;
        List<Lexicon.Name> listed = candidates.stream().filter(n -> level.test(n.entity().kind())).toList();
        return listed.isEmpty() ? candidates : listed;
    }

    /** A county-level unit named without its level (环江, 益都): a name ordinary words and other places share. */
    private static boolean bare(Lexicon.Name name) {
        return countyLevel(name.entity()) && !LEVEL_SUFFIX_ZH.matcher(name.surface()).find();
    }

    private static boolean countyLevel(EntityRef e) {
        return e.kind().countyLevel();
    }

    private Optional<Mention> composeChinese(String text, Mention place) {
        int placeFrom = text.offsetByCodePoints(0, place.span().begin());
        int placeTo = placeFrom + place.text().length();
        // 河南省 + 委: the level character may belong to the place's name or to the committee's.
        int core = place.text().length() > 2 && "省市县区".indexOf(place.text().charAt(place.text().length() - 1)) >= 0
            ? placeTo - 1 : placeTo;
        boolean partyPrefix = placeFrom >= PARTY_ZH.length() && text.startsWith(PARTY_ZH, placeFrom - PARTY_ZH.length());
        Optional<Integer> peoples = after(PEOPLES_COMMITTEE_ZH, text, core);
        if (peoples.isPresent())
            return Optional.of(composed(text, Language.ZH, placeFrom, peoples.get(), place, false));
        Optional<Integer> committee = after(partyPrefix ? PARTY_COMMITTEE_ZH : PARTY_COMMITTEE_SHORT_ZH, text, core);
        if (committee.isPresent() && party.isPresent())
            return Optional.of(composed(text, Language.ZH, partyPrefix ? placeFrom - PARTY_ZH.length() : placeFrom,
                committee.get(), place, true));
        return Optional.empty();
    }

    private Optional<Mention> composeEnglish(String text, Mention place) {
        int placeFrom = text.offsetByCodePoints(0, place.span().begin());
        int placeTo = placeFrom + place.text().length();
        Optional<Integer> peoples = after(PEOPLES_COMMITTEE_EN, text, placeTo);
        if (peoples.isPresent())
            return Optional.of(composed(text, Language.EN, placeFrom, peoples.get(), place, false));
        Optional<Integer> committee = after(PARTY_COMMITTEE_EN, text, placeTo);
        if (committee.isPresent() && party.isPresent())
            return Optional.of(composed(text, Language.EN, placeFrom, committee.get(), place, true));
        return Optional.empty();
    }

    private Mention composed(String text, Language lang, int from, int to, Mention place, boolean partyCommittee) {
        EntityRef p = place.entity();
        EntityRef organisation = partyCommittee
            ? new EntityRef(p.iri() + "/cpc-committee", EntityKind.ORGANIZATION, "中国共产党" + p.labelZh() + "委员会",
                p.labelEn().isEmpty() ? "" : p.labelEn() + " Committee of the Communist Party of China", Optional.empty(),
                party.map(EntityRef::iri), Optional.of(p.iri()), p.existence(), List.of())
            : new EntityRef(p.iri() + "/peoples-committee", EntityKind.ORGANIZATION, p.labelZh() + "人民委员会",
                p.labelEn().isEmpty() ? "" : p.labelEn() + " People's Committee", Optional.empty(),
                Optional.empty(), Optional.of(p.iri()), p.existence(), List.of());
        return mention(text, lang, from, to, organisation, ExtractionMethod.COMPOSITION, place.confidence());
    }

    /**
     * The place an abbreviated organisation name keeps the first character of: 武钢 is 武汉钢铁公司, whose name opens
     * with 武汉, and its 武 stands for Wuhan. Only when the words are not the full name and start with the place's
     * first character.
     */
    private Optional<Mention> abbreviatedPlace(String text, int from, int to, EntityRef organisation) {
        String full = organisation.labelZh();
        String words = text.substring(from, to);
        if (full.isEmpty() || words.equals(full) || words.contains(full))
            return Optional.empty();
        for (Emit inner : zhNested.parseText(Lexicon.normalise(full))) {
            if (inner.getStart() != 0 || inner.getEnd() + 1 >= full.length())
                continue;
            Optional<Choice> place = resolve(lexicon.names(Language.ZH).get(inner.getKeyword())).filter(c -> isLocality(c.entity()));
            if (place.isPresent() && words.charAt(0) == full.charAt(0) && !words.startsWith(inner.getKeyword()))
                return Optional.of(mention(text, Language.ZH, from, from + 1, place.get().entity(), ExtractionMethod.GAZETTEER_MATCH, PREFERRED_NAME));
        }
        return Optional.empty();
    }

    /**
     * A place that can name where an organisation is: Wuhan for the Wuhan Iron and Steel Works, but not China for
     * the Communist Party of China (中国共产党), which a country's name does not locate.
     */
    private static boolean isLocality(EntityRef e) {
        return e.place() && e.kind() != EntityKind.COUNTRY;
    }

    /** True when {@code pattern} matches {@code text} right up to {@code to}. */
    private static boolean before(Pattern pattern, String text, int to) {
        return pattern.matcher(text).region(Math.max(0, to - 20), to).find();
    }

    /** Where {@code pattern} ends when it matches {@code text} right at {@code from}. */
    private static Optional<Integer> after(Pattern pattern, String text, int from) {
        Matcher m = pattern.matcher(text).region(from, text.length());
        return m.lookingAt() ? Optional.of(m.end()) : Optional.empty();
    }

    private static Mention mention(String text, Language lang, int from, int to, EntityRef entity, ExtractionMethod method,
                                   double confidence) {
        return new Mention(lang, Span.ofChars(text, from, to), text.substring(from, to), entity, method, confidence);
    }
}
