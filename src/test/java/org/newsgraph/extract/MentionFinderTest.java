package org.newsgraph.extract;

import static org.newsgraph.article.Language.EN;
import static org.newsgraph.article.Language.ZH;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.newsgraph.article.Language;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

import org.junit.jupiter.api.Test;
import org.newsgraph.TestCorpus;
import org.newsgraph.article.Article;
import org.newsgraph.article.ArticleParser;
import org.newsgraph.article.Body;
import org.newsgraph.article.Span;
import org.newsgraph.rdf.AuthorityData;
import org.newsgraph.rdf.UriScheme;

class MentionFinderTest {

    /** Every mention of the reference article, both texts, in text order: language | words | entity. */
    static final List<String> REFERENCE = List.of(
        "zh|中南|place/central-south-china",
        "zh|新华社|organization/xinhua-news-agency",
        "zh|中共中央政治局|organization/politburo-of-the-cpc-central-committee",
        "zh|中南地区|place/central-south-china",
        "zh|中共河南省委|place/henan/cpc-committee",
        "zh|中共|organization/communist-party-of-china",
        "zh|河南省|place/henan",
        "zh|洛阳|place/luoyang",
        "zh|信阳|place/xinyang",
        "zh|洛阳专区|place/luoyang",
        "zh|中共湖北省委|place/hubei/cpc-committee",
        "zh|中共|organization/communist-party-of-china",
        "zh|湖北省|place/hubei",
        "zh|中共湖南省委|place/hunan/cpc-committee",
        "zh|中共|organization/communist-party-of-china",
        "zh|湖南省|place/hunan",
        "zh|湖南省人民委员会|place/hunan/peoples-committee",
        "zh|湖南省|place/hunan",
        "zh|中共江西省委|place/jiangxi/cpc-committee",
        "zh|中共|organization/communist-party-of-china",
        "zh|江西省|place/jiangxi",
        "zh|中共广东省委|place/guangdong/cpc-committee",
        "zh|中共|organization/communist-party-of-china",
        "zh|广东省|place/guangdong",
        "zh|陶铸|person/tao-zhu",
        "zh|海南区党委|place/hainan/cpc-committee",
        "zh|海南区|place/hainan",
        "zh|广州市|place/guangzhou",
        "zh|广州|place/guangzhou",
        "zh|中共广西僮族自治区委员会|place/guangxi-zhuang-autonomous-region/cpc-committee",
        "zh|中共|organization/communist-party-of-china",
        "zh|广西僮族自治区|place/guangxi-zhuang-autonomous-region",
        "zh|环江|place/huanjiang",
        "zh|宁明|place/ningming",
        "zh|广西僮族自治区|place/guangxi-zhuang-autonomous-region",
        "zh|武钢|organization/wuhan-iron-and-steel",
        "zh|武|place/wuhan",
        "zh|新华社|organization/xinhua-news-agency",
        "zh|杨礼门|person/yang-limen",
        "en|Xinhua News Agency|organization/xinhua-news-agency",
        "en|Political Bureau of the Central Committee|organization/politburo-of-the-cpc-central-committee",
        "en|Communist Party of China|organization/communist-party-of-china",
        "en|Central South region|place/central-south-china",
        "en|Henan Provincial Committee of the Communist Party of China|place/henan/cpc-committee",
        "en|Henan|place/henan",
        "en|Communist Party of China|organization/communist-party-of-china",
        "en|Luoyang|place/luoyang",
        "en|Xinyang|place/xinyang",
        "en|Luoyang Prefecture|place/luoyang",
        "en|Hubei Provincial Committee of the Communist Party of China|place/hubei/cpc-committee",
        "en|Hubei|place/hubei",
        "en|Communist Party of China|organization/communist-party-of-china",
        "en|Hunan Provincial Committee of the Communist Party of China|place/hunan/cpc-committee",
        "en|Hunan|place/hunan",
        "en|Communist Party of China|organization/communist-party-of-china",
        "en|Hunan Provincial People's Committee|place/hunan/peoples-committee",
        "en|Hunan|place/hunan",
        "en|Jiangxi Provincial Committee of the Communist Party of China|place/jiangxi/cpc-committee",
        "en|Jiangxi|place/jiangxi",
        "en|Communist Party of China|organization/communist-party-of-china",
        "en|Guangdong Provincial Committee of the Communist Party of China|place/guangdong/cpc-committee",
        "en|Guangdong|place/guangdong",
        "en|Communist Party of China|organization/communist-party-of-china",
        "en|Tao Zhu|person/tao-zhu",
        "en|Hainan District Party Committee|place/hainan/cpc-committee",
        "en|Hainan District|place/hainan",
        "en|Guangzhou|place/guangzhou",
        "en|Guangzhou|place/guangzhou",
        "en|Guangxi Zhuang Autonomous Region Committee of the Communist Party of China|place/guangxi-zhuang-autonomous-region/cpc-committee",
        "en|Guangxi Zhuang Autonomous Region|place/guangxi-zhuang-autonomous-region",
        "en|Communist Party of China|organization/communist-party-of-china",
        "en|Huanjiang|place/huanjiang",
        "en|Ningming|place/ningming",
        "en|Guangxi Zhuang Autonomous Region|place/guangxi-zhuang-autonomous-region",
        "en|Wuhan Iron and Steel Works|organization/wuhan-iron-and-steel",
        "en|Wuhan|place/wuhan",
        "en|Xinhua News Agency|organization/xinhua-news-agency",
        "en|Yang Limen|person/yang-limen");

    /** The Wikidata items the reference article's entities are linked to; every other entity stays unlinked. */
    static final Map<String, String> LINKED = Map.ofEntries(
        Map.entry("place/henan", "Q43684"), Map.entry("place/hubei", "Q46862"), Map.entry("place/hunan", "Q45761"),
        Map.entry("place/jiangxi", "Q57052"), Map.entry("place/guangdong", "Q15175"),
        Map.entry("place/guangxi-zhuang-autonomous-region", "Q15176"), Map.entry("place/luoyang", "Q187136"),
        Map.entry("place/xinyang", "Q404873"), Map.entry("place/guangzhou", "Q16572"), Map.entry("place/wuhan", "Q11746"),
        Map.entry("place/huanjiang", "Q1201707"), Map.entry("place/ningming", "Q59927"),
        Map.entry("organization/xinhua-news-agency", "Q204839"), Map.entry("organization/communist-party-of-china", "Q17427"));

    private static final AuthorityData AUTHORITY = authority();
    private static final MentionFinder FINDER = MentionFinder.create(AUTHORITY.lexicon());

    @Test
    void everyMentionOfTheReferenceArticleAndNothingElse() throws Exception {
        Article a = ArticleParser.create().parse(TestCorpus.REFERENCE);
        MentionContext onDate = MentionContext.on(a.original().date());
        List<Mention> found = new java.util.ArrayList<>(FINDER.read(a.originalBody().text(), ZH, onDate).mentions());
        found.addAll(FINDER.read(a.translationBody().text(), EN, onDate.confirmedBy(found)).mentions());
        assertEquals(REFERENCE, found.stream()
            .map(m -> m.lang() + "|" + m.text() + "|" + m.entity().iri().substring(TestCorpus.BASE.length())).toList());
        Map<String, String> linked = new TreeMap<>();
        for (Mention m : found) {
            Body body = m.lang().equals(ZH) ? a.originalBody() : a.translationBody();
            assertEquals(m.text(), m.span().of(body.text()), "offsets of " + m);
            m.entity().wikidata().ifPresent(q -> linked.put(m.entity().iri().substring(TestCorpus.BASE.length()), q));
        }
        assertEquals(new TreeMap<>(LINKED), linked);
    }

    @Test
    void theReferenceArticleIsAboutCentralSouthAndItsSixProvinces() throws Exception {
        Extractor extractor = new Extractor(AUTHORITY.datelineFinder(), FINDER);
        AnnotatedArticle a = extractor.annotate(ArticleParser.create().parse(TestCorpus.REFERENCE));
        assertEquals(List.of("place/central-south-china", "place/henan", "place/hubei", "place/hunan", "place/jiangxi",
            "place/guangdong", "place/guangxi-zhuang-autonomous-region"),
            a.about().stream().map(iri -> iri.substring(TestCorpus.BASE.length())).toList());
    }

    @Test
    void offsetsInEveryBundledArticleReproduceTheWords() throws Exception {
        Extractor extractor = new Extractor(AUTHORITY.datelineFinder(), FINDER);
        int mentions = 0;
        for (var file : TestCorpus.files()) {
            AnnotatedArticle a = extractor.annotate(ArticleParser.create().parse(file));
            for (Mention m : a.mentions()) {
                String text = (m.lang().equals(ZH) ? a.article().originalBody() : a.article().translationBody()).text();
                assertTrue(m.span().end() <= text.codePointCount(0, text.length()), file + ": " + m);
                assertEquals(m.text(), m.span().of(text), file + ": " + m);
                mentions++;
            }
        }
        assertTrue(mentions > 300, "mentions: " + mentions);
    }

    // The rules, on a lexicon of a few entities.

    private static final EntityRef HENAN = EntityRef.of("x:henan", EntityKind.PROVINCE, "河南省", "Henan", Optional.of("Q43684"));
    private static final EntityRef ZHONGSHAN = EntityRef.of("x:zhongshan", EntityKind.CITY, "中山市", "Zhongshan", Optional.empty());
    private static final EntityRef CPC = EntityRef.of("x:cpc", EntityKind.ORGANIZATION, "中国共产党", "Communist Party of China",
        Optional.empty());
    private static final EntityRef LUOYANG = EntityRef.of("x:luoyang", EntityKind.PREFECTURE, "洛阳市", "Luoyang", Optional.empty());
    private static final EntityRef HAINAN_1958 = EntityRef.of("x:hainan-district", EntityKind.REGION, "海南", "Hainan", Optional.empty());
    private static final EntityRef HAINAN_NOW = EntityRef.of("x:hainan-province", EntityKind.PROVINCE, "海南省", "Hainan", Optional.empty());
    private static final MentionFinder SMALL = MentionFinder.create(Lexicon.builder()
        .name("河南省", ZH, HENAN, true).name("河南", ZH, HENAN, false).name("Henan", EN, HENAN, true)
        .name("中山市", ZH, ZHONGSHAN, true).name("中山", ZH, ZHONGSHAN, false).name("Zhongshan", EN, ZHONGSHAN, true)
        .name("中国共产党", ZH, CPC, true).name("中共", ZH, CPC, false).name("the Party", EN, CPC, false)
        .name("洛阳市", ZH, LUOYANG, true).name("洛阳", ZH, LUOYANG, false)
        .name("海南", ZH, HAINAN_1958, true).name("海南省", ZH, HAINAN_1958, false).name("海南省", ZH, HAINAN_NOW, true)
        .name("Hainan", EN, HAINAN_1958, true).name("Hainan", EN, HAINAN_NOW, true)
        .build());

    @Test
    void longestNameFirst() {
        assertEquals(List.of("河南省|x:henan"), found("河南省", ZH));
        assertEquals(List.of("中共河南省委|x:henan/cpc-committee", "中共|x:cpc", "河南省|x:henan"), found("中共河南省委", ZH));
    }

    @Test
    void caseAndWidthAreFoldedAndEnglishNamesAreWholeWords() {
        assertEquals(List.of("HENAN|x:henan", "Ｈｅｎａｎ|x:henan"), found("HENAN and Ｈｅｎａｎ", EN));
        assertEquals(List.of(), found("Henanese", EN));
    }

    @Test
    void offsetsCountCodePoints() {
        List<Mention> m = SMALL.find("𠀀𠀀河南", ZH);
        assertEquals(new Span(2, 4), m.get(0).span());
        assertEquals("河南", m.get(0).span().of("𠀀𠀀河南"));
    }

    @Test
    void aliasesThatArePartOfAnotherName() {
        assertEquals(List.of(), found("北平中山公园", ZH));
        assertEquals(List.of("中山市|x:zhongshan"), found("中山市公园", ZH), "a full name is a name whatever follows");
        assertEquals(List.of(), found("the Beiping Zhongshan Park tragedy", EN));
        assertEquals(List.of("China|place/peoples-republic-of-china"),
            FINDER.find("the industry of Northeast China and North China leads China", EN).stream()
                .map(m -> m.text() + "|" + m.entity().iri().substring(TestCorpus.BASE.length())).toList(),
            "a compass word before China names a region, not the country");
        assertEquals(List.of(), found("requiring the party committee", EN), "the Party is not a name to match");
        assertEquals(List.of(), found("洛阳社", ZH));
    }

    @Test
    void anAmbiguousNameGoesToTheEntityWhoseMainNameItIs() {
        assertEquals(List.of("海南省|x:hainan-province"), found("海南省", ZH));
        assertEquals(List.of(), found("Hainan", EN), "two main names: left unlinked rather than guessed");
    }

    @Test
    void organisationsComposedFromAPlace() {
        assertEquals(List.of("河南省委|x:henan/cpc-committee", "河南省|x:henan"), found("河南省委", ZH));
        assertEquals(List.of("洛阳地委|x:luoyang/cpc-committee", "洛阳|x:luoyang"), found("洛阳地委", ZH));
        assertEquals(List.of("河南省人民委员会|x:henan/peoples-committee", "河南省|x:henan"), found("河南省人民委员会", ZH));
        assertEquals(List.of("河南省|x:henan"), found("河南省委员会", ZH), "委员会 alone needs 中共 before the place");
        assertEquals(List.of("Henan Provincial Party Committee|x:henan/cpc-committee", "Henan|x:henan"),
            found("Henan Provincial Party Committee", EN));
        assertEquals(List.of("Henan Provincial People's Committee|x:henan/peoples-committee", "Henan|x:henan"),
            found("Henan Provincial People's Committee", EN));
        Mention committee = SMALL.find("中共河南省委", ZH).get(0);
        assertEquals(Optional.of("x:cpc"), committee.entity().parentOrganization());
        assertEquals(Optional.of("x:henan"), committee.entity().areaServed());
        assertEquals("中国共产党河南省委员会", committee.entity().labelZh());
        assertEquals(Optional.empty(), committee.entity().wikidata());
        assertEquals(ExtractionMethod.COMPOSITION, committee.method());
    }

    private static List<String> found(String text, Language lang) {
        return SMALL.find(text, lang).stream().map(m -> m.text() + "|" + m.entity().iri()).toList();
    }

    private static AuthorityData authority() {
        try {
            return AuthorityData.load(TestCorpus.AUTHORITY, UriScheme.of(TestCorpus.BASE));
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }
}
