package org.newsgraph.extract;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.ahocorasick.trie.Emit;
import org.ahocorasick.trie.Trie;
import org.newsgraph.article.Span;

/**
 * Finds the places, people and organisations of the lexicon in a text, in one Aho-Corasick pass per language:
 * longest name first, names that overlap a longer one left out, full-width forms and case folded, English names
 * only as whole words. Around each place it also finds the organisations the text composes from the place's
 * name: the party committee (中共河南省委, 海南区党委, Henan Provincial Committee of the Communist Party of China)
 * and the people's committee (湖南省人民委员会, Hunan Provincial People's Committee). Thread-safe.
 */
public final class MentionFinder {

    public static final String GAZETTEER = "gazetteer";
    public static final String COMPOSITION = "composition";

    /** Confidence of a name that names one entity; of an alias that names one; of a main name among aliases. */
    static final double UNIQUE_NAME = 0.9;
    static final double UNIQUE_ALIAS = 0.8;
    static final double PREFERRED_NAME = 0.6;
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
        this.zh = Trie.builder().ignoreOverlaps().addKeywords(lexicon.names("zh").keySet()).build();
        this.en = Trie.builder().ignoreOverlaps().onlyWholeWords().addKeywords(lexicon.names("en").keySet()).build();
        this.zhNested = Trie.builder().addKeywords(lexicon.names("zh").keySet()).build();
        this.enNested = Trie.builder().onlyWholeWords().addKeywords(lexicon.names("en").keySet()).build();
        this.party = Optional.ofNullable(lexicon.names("zh").get(Lexicon.normalise(PARTY_ZH)))
            .filter(l -> l.size() == 1).map(l -> l.get(0).entity());
    }

    public static MentionFinder create(Lexicon lexicon) {
        return new MentionFinder(Objects.requireNonNull(lexicon, "lexicon"));
    }

    /** The mentions in {@code text} of language {@code lang} ({@code zh} or {@code en}), in text order. */
    public List<Mention> find(String text, String lang) {
        boolean chinese = "zh".equals(lang);
        Map<String, List<Lexicon.Name>> names = lexicon.names(lang);
        List<Mention> mentions = new ArrayList<>();
        Trie trie = chinese ? zh : en;
        for (Emit emit : trie.parseText(Lexicon.normalise(text))) {
            int from = emit.getStart();
            int to = emit.getEnd() + 1;
            resolve(names.get(emit.getKeyword()))
                .filter(c -> !c.entity().place() || !(chinese
                    ? c.alias() && after(NOT_A_PLACE_AFTER_ALIAS_ZH, text, to).isPresent()
                    : after(NOT_A_PLACE_AFTER_EN, text, to).isPresent()))
                .ifPresent(choice -> {
                mentions.add(mention(text, lang, from, to, choice.entity(), GAZETTEER, choice.confidence()));
                // A place that opens an organisation's name is mentioned too: Wuhan in "Wuhan Iron and Steel
                // Works". (China in "Communist Party of China" is part of a name, not where the party is.)
                if (!choice.entity().place())
                    for (Emit inner : (chinese ? zhNested : enNested).parseText(Lexicon.normalise(text.substring(from, to))))
                        resolve(names.get(inner.getKeyword()))
                            .filter(c -> isLocality(c.entity()) && inner.getStart() == 0 && inner.getEnd() + 1 < to - from)
                            .ifPresent(c ->
                            mentions.add(mention(text, lang, from + inner.getStart(), from + inner.getEnd() + 1,
                                c.entity(), GAZETTEER, c.confidence())));
                if (chinese && !choice.entity().place())
                    abbreviatedPlace(text, from, to, choice.entity()).ifPresent(mentions::add);
            });
        }
        List<Mention> composed = new ArrayList<>();
        for (Mention m : mentions)
            if (m.entity().place())
                (chinese ? composeChinese(text, m) : composeEnglish(text, m)).ifPresent(composed::add);
        mentions.addAll(composed);
        mentions.sort(Comparator.comparingInt((Mention m) -> m.span().begin()).thenComparing(m -> -m.span().length()));
        return mentions;
    }

    private record Choice(EntityRef entity, double confidence, boolean alias) {}

    /** The entity a name stands for: the only one, or the one whose main name it is; none when still ambiguous. */
    private static Optional<Choice> resolve(List<Lexicon.Name> candidates) {
        if (candidates == null || candidates.isEmpty())
            return Optional.empty();
        if (candidates.size() == 1)
            return Optional.of(new Choice(candidates.get(0).entity(),
                candidates.get(0).primary() ? UNIQUE_NAME : UNIQUE_ALIAS, !candidates.get(0).primary()));
        List<Lexicon.Name> primary = candidates.stream().filter(Lexicon.Name::primary).toList();
        return primary.size() == 1 ? Optional.of(new Choice(primary.get(0).entity(), PREFERRED_NAME, false))
            : Optional.empty();
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
            return Optional.of(composed(text, "zh", placeFrom, peoples.get(), place, false));
        Optional<Integer> committee = after(partyPrefix ? PARTY_COMMITTEE_ZH : PARTY_COMMITTEE_SHORT_ZH, text, core);
        if (committee.isPresent() && party.isPresent())
            return Optional.of(composed(text, "zh", partyPrefix ? placeFrom - PARTY_ZH.length() : placeFrom,
                committee.get(), place, true));
        return Optional.empty();
    }

    private Optional<Mention> composeEnglish(String text, Mention place) {
        int placeFrom = text.offsetByCodePoints(0, place.span().begin());
        int placeTo = placeFrom + place.text().length();
        Optional<Integer> peoples = after(PEOPLES_COMMITTEE_EN, text, placeTo);
        if (peoples.isPresent())
            return Optional.of(composed(text, "en", placeFrom, peoples.get(), place, false));
        Optional<Integer> committee = after(PARTY_COMMITTEE_EN, text, placeTo);
        if (committee.isPresent() && party.isPresent())
            return Optional.of(composed(text, "en", placeFrom, committee.get(), place, true));
        return Optional.empty();
    }

    private Mention composed(String text, String lang, int from, int to, Mention place, boolean partyCommittee) {
        EntityRef p = place.entity();
        EntityRef organisation = partyCommittee
            ? new EntityRef(p.iri() + "/cpc-committee", "Organization", "中国共产党" + p.labelZh() + "委员会",
                p.labelEn().isEmpty() ? "" : p.labelEn() + " Committee of the Communist Party of China", Optional.empty(),
                false, party.map(EntityRef::iri), Optional.of(p.iri()), Existence.UNKNOWN, List.of())
            : new EntityRef(p.iri() + "/peoples-committee", "Organization", p.labelZh() + "人民委员会",
                p.labelEn().isEmpty() ? "" : p.labelEn() + " People's Committee", Optional.empty(), false,
                Optional.empty(), Optional.of(p.iri()), Existence.UNKNOWN, List.of());
        return mention(text, lang, from, to, organisation, COMPOSITION, place.confidence());
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
            Optional<Choice> place = resolve(lexicon.names("zh").get(inner.getKeyword())).filter(c -> isLocality(c.entity()));
            if (place.isPresent() && words.charAt(0) == full.charAt(0) && !words.startsWith(inner.getKeyword()))
                return Optional.of(mention(text, "zh", from, from + 1, place.get().entity(), GAZETTEER, PREFERRED_NAME));
        }
        return Optional.empty();
    }

    /**
     * A place that can name where an organisation is: Wuhan for the Wuhan Iron and Steel Works, but not China for
     * the Communist Party of China (中国共产党), which a country's name does not locate.
     */
    private static boolean isLocality(EntityRef e) {
        return e.place() && !e.kind().equals("Country");
    }

    /** Where {@code pattern} ends when it matches {@code text} right at {@code from}. */
    private static Optional<Integer> after(Pattern pattern, String text, int from) {
        Matcher m = pattern.matcher(text).region(from, text.length());
        return m.lookingAt() ? Optional.of(m.end()) : Optional.empty();
    }

    private static Mention mention(String text, String lang, int from, int to, EntityRef entity, String method,
                                   double confidence) {
        return new Mention(lang, Span.ofChars(text, from, to), text.substring(from, to), entity, method, confidence);
    }
}
