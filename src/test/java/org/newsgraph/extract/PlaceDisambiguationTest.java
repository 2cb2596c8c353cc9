package org.newsgraph.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.newsgraph.article.Language.EN;
import static org.newsgraph.article.Language.ZH;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;

import org.junit.jupiter.api.Test;
import org.newsgraph.TestCorpus;
import org.newsgraph.article.Language;
import org.newsgraph.rdf.AuthorityData;
import org.newsgraph.rdf.UriScheme;

/**
 * Places that share a name, that did not exist on the paper's date, or whose bare name is an ordinary word: on a
 * small lexicon of real units (years and containment as the GB/T 2260 history gives them) and on sentences written
 * for these tests in the archive's style, not taken from the bundled articles.
 */
class PlaceDisambiguationTest {

    private static final LocalDate Y1958 = LocalDate.of(1958, 10, 1);
    private static final LocalDate Y2022 = LocalDate.of(2022, 3, 1);

    private static final EntityRef SHANDONG = place("x:shandong", EntityKind.PROVINCE, "山东省", "Shandong", null, null);
    private static final EntityRef HUBEI = place("x:hubei", EntityKind.PROVINCE, "湖北省", "Hubei", null, null);
    private static final EntityRef GUANGDONG = place("x:guangdong", EntityKind.PROVINCE, "广东省", "Guangdong", null, null);
    private static final EntityRef XINJIANG = place("x:xinjiang", EntityKind.AUTONOMOUS_REGION, "新疆维吾尔自治区", "Xinjiang", null, null);
    private static final EntityRef HEBEI = place("x:hebei", EntityKind.PROVINCE, "河北省", "Hebei", null, null);
    private static final EntityRef TIANJIN = place("x:tianjin", EntityKind.MUNICIPALITY, "天津市", "Tianjin", null, null);
    private static final EntityRef SHENYANG = place("x:shenyang", EntityKind.PREFECTURE_LEVEL_CITY, "沈阳市", "Shenyang", null, null);
    private static final EntityRef LINYI = place("x:linyi", EntityKind.PREFECTURE_LEVEL_CITY, "临沂市", "Linyi", null, null,
        SHANDONG);
    private static final EntityRef CANGSHAN = place("x:cangshan", EntityKind.COUNTY, "苍山县", "Cangshan", null, 2014, LINYI,
        SHANDONG);
    private static final EntityRef JUXIAN = place("x:juxian", EntityKind.COUNTY, "莒县", "Juxian", null, null, SHANDONG);
    private static final EntityRef YIDU_SHANDONG = place("x:yidu-shandong", EntityKind.COUNTY, "益都县", "Yidu", null, 1986,
        SHANDONG);
    private static final EntityRef YIDU_HUBEI_COUNTY = place("x:yidu-county-hubei", EntityKind.COUNTY, "宜都县", "Yidu", null, 1987,
        HUBEI);
    private static final EntityRef YIDU_HUBEI_CITY = place("x:yidu-hubei", EntityKind.COUNTY_LEVEL_CITY, "宜都市", "Yidu", 1998, null,
        HUBEI);
    private static final EntityRef XINXING_GUANGDONG = place("x:xinxing", EntityKind.COUNTY, "新兴县", "Xinxing", null, null,
        GUANGDONG);
    private static final EntityRef XINXING_XINJIANG = place("x:xinxing-xinjiang", EntityKind.COUNTY_LEVEL_CITY, "新星市", "Xinxing",
        2021, null, XINJIANG);
    private static final EntityRef ANPING = place("x:anping", EntityKind.COUNTY, "安平县", "Anping", null, null, HEBEI);
    private static final EntityRef HEPING_TIANJIN = place("x:heping-tianjin", EntityKind.DISTRICT, "和平区", "Heping", null, null,
        TIANJIN);
    private static final EntityRef HEPING_SHENYANG = place("x:heping-shenyang", EntityKind.DISTRICT, "和平区", "Heping", null, null,
        SHENYANG);

    private static final MentionFinder FINDER = MentionFinder.create(lexicon(SHANDONG, HUBEI, GUANGDONG, XINJIANG, HEBEI,
        TIANJIN, SHENYANG, LINYI, CANGSHAN, JUXIAN, YIDU_SHANDONG, YIDU_HUBEI_COUNTY, YIDU_HUBEI_CITY, XINXING_GUANGDONG,
        XINXING_XINJIANG, ANPING, HEPING_TIANJIN, HEPING_SHENYANG));

    @Test
    void aShandongListFindsEveryCountyWithTheProvinceNamed() {
        String text = "山东省日产生铁千吨以上的县有：临沂、苍山、莒县、益都等。";
        assertEquals(List.of("山东省|x:shandong", "临沂|x:linyi", "苍山|x:cangshan", "莒县|x:juxian", "益都|x:yidu-shandong"),
            linked(text, ZH, MentionContext.on(Y1958)));
    }

    @Test
    void aBareCountyNameNeedsItsProvinceOrPrefectureAround() {
        assertEquals(List.of(), linked("益都等地的高炉已经出铁。", ZH, MentionContext.on(Y1958)));
        assertEquals(List.of("湖北省|x:hubei"), linked("湖北省益都等地", ZH, MentionContext.on(Y1958)),
            "益都 lies in Shandong, not in Hubei");
        assertEquals(List.of("益都县|x:yidu-shandong"), linked("益都县的高炉", ZH, MentionContext.on(Y1958)),
            "a full name needs no context");
    }

    @Test
    void aBareNameOfSeveralCountiesWithNoneAroundIsNotEvenACandidate() {
        // Both 益都县 (Shandong) and 宜都县 (Hubei) would share 益都 if it were generated for both; 和平 is "peace".
        MentionFinder shared = MentionFinder.create(Lexicon.builder()
            .name("益都", ZH, YIDU_SHANDONG, false).name("益都", ZH, YIDU_HUBEI_COUNTY, false)
            .name("山东省", ZH, SHANDONG, true).build());
        MentionFinder.Reading alone = shared.read("益都的高炉", ZH, MentionContext.on(Y1958));
        assertEquals(List.of(), alone.mentions());
        assertEquals(List.of(), alone.ambiguous(), "nothing around says it names a place");
        assertEquals(List.of("山东省|x:shandong", "益都|x:yidu-shandong"), shared.read("山东省益都的高炉", ZH,
            MentionContext.on(Y1958)).mentions().stream().map(m -> m.text() + "|" + m.entity().iri()).toList());
    }

    @Test
    void aPartOfALongerWordIsNoPlace() {
        // 安平 is a county of Hebei; here it is part of a Hebei villager's name.
        assertEquals(List.of("河北省|x:hebei"), linked("河北省的张安平同志", ZH, MentionContext.on(Y1958)));
    }

    @Test
    void aPlaceThatDidNotExistYetIsNoCandidate() {
        assertEquals(List.of(), linked("宜都市", ZH, MentionContext.on(Y1958)), "宜都市 was created in 1998");
        assertEquals(List.of("宜都市|x:yidu-hubei"), linked("宜都市", ZH, MentionContext.on(Y2022)));
        assertEquals(List.of("益都县|x:yidu-shandong"), linked("益都县", ZH, MentionContext.on(Y1958)));
        assertEquals(List.of(), linked("益都县", ZH, MentionContext.on(Y2022)), "益都县 was gone by 1987");
    }

    @Test
    void anEnglishNameOfSeveralPlacesIsLinkedOnlyWhenTheChineseSaysWhich() {
        MentionContext shandong = confirmedBy("山东省临沂、益都两县", Y1958);
        assertEquals(List.of("Linyi|x:linyi", "Yidu|x:yidu-shandong", "Shandong|x:shandong"),
            linked("Linyi and Yidu counties of Shandong", EN, shandong));
        MentionFinder.Reading alone = FINDER.read("the furnaces of Yidu", EN, MentionContext.on(Y1958));
        assertEquals(List.of(), alone.mentions());
        assertEquals(List.of("Yidu|x:yidu-shandong,x:yidu-county-hubei"), ambiguous(alone),
            "kept with its candidates that existed in 1958, linked to none");
    }

    @Test
    void anEnglishCountyNameIsLinkedOnlyWhenTheChineseNamesIt() {
        assertEquals(List.of(), linked("Xinxing County", EN, MentionContext.on(Y1958)),
            "新星市 did not exist in 1958, and nothing confirms 新兴县");
        assertEquals(List.of("Xinxing|x:xinxing"), linked("Xinxing County", EN, confirmedBy("广东省新兴县", Y1958)));
        assertEquals(List.of("Xinxing|x:xinxing,x:xinxing-xinjiang"),
            ambiguous(FINDER.read("Xinxing", EN, MentionContext.on(Y2022))));
    }

    @Test
    void aChineseNameOfSeveralPlacesIsDecidedByThePlacesAroundIt() {
        assertEquals(List.of("天津市|x:tianjin", "和平区|x:heping-tianjin"),
            linked("天津市和平区的居民", ZH, MentionContext.on(Y1958)));
        MentionFinder.Reading alone = FINDER.read("和平区的居民", ZH, MentionContext.on(Y1958));
        assertEquals(List.of(), alone.mentions());
        assertEquals(List.of("和平区|x:heping-tianjin,x:heping-shenyang"), ambiguous(alone));
    }

    /** The same rules on the gazetteer itself, with every county-level unit since 1981. */
    @Test
    void theGazetteerTellsAShandongListOfCountiesAndItsYidu() throws Exception {
        MentionFinder gazetteer = MentionFinder.create(AuthorityData.load(TestCorpus.AUTHORITY,
            UriScheme.of(TestCorpus.BASE)).lexicon());
        MentionContext onDate = MentionContext.on(Y1958);
        String zh = "新华社济南3日电　山东省日产生铁千吨以上的已有临沂、苍山、日照、莒县、益都等二十五个县。";
        List<Mention> chinese = gazetteer.read(zh, ZH, onDate).mentions();
        // 临沂 of 1958 is the county (临沂县, a county-level city from 1983 to 1994), not today's prefecture-level city.
        assertEquals(List.of("山东省|place/shandong", "临沂|place/linyi-shandong-372801", "苍山|place/cangshan-shandong",
            "日照|place/rizhao", "莒县|place/gb371122", "益都|place/yidu-shandong"), chinese.stream().filter(m -> m.entity().place())
            .filter(m -> !m.text().equals("济南")).map(m -> m.text() + "|" + relative(m.entity().iri())).toList());
        List<String> english = gazetteer.read("Yidu County", EN, onDate.confirmedBy(chinese)).mentions().stream()
            .map(m -> relative(m.entity().iri())).toList();
        assertEquals(List.of("place/yidu-shandong"), english, "the Chinese says which Yidu");
        MentionFinder.Reading alone = gazetteer.read("Yidu County", EN, onDate);
        assertEquals(List.of(), alone.mentions(), "Yidu alone names no place for sure");
        assertEquals(List.of(), gazetteer.read("新星市", ZH, onDate).mentions(), "新星市 was created in 2021");
    }

    private static String relative(String iri) {
        return iri.substring(TestCorpus.BASE.length());
    }

    private static MentionContext confirmedBy(String chinese, LocalDate date) {
        MentionContext onDate = MentionContext.on(date);
        return onDate.confirmedBy(FINDER.read(chinese, ZH, onDate).mentions());
    }

    private static List<String> linked(String text, Language lang, MentionContext context) {
        return FINDER.read(text, lang, context).mentions().stream().map(m -> m.text() + "|" + m.entity().iri()).toList();
    }

    private static List<String> ambiguous(MentionFinder.Reading reading) {
        return reading.ambiguous().stream().map(m -> m.text() + "|"
            + String.join(",", m.candidates().stream().map(EntityRef::iri).toList())).toList();
    }

    private static EntityRef place(String iri, EntityKind kind, String zh, String en, Integer from, Integer until,
                                   EntityRef... within) {
        List<String> containers = new java.util.ArrayList<>();
        for (EntityRef w : within)
            containers.add(w.iri());
        return EntityRef.of(iri, kind, zh, en, Optional.empty(),
            new Existence(from == null ? OptionalInt.empty() : OptionalInt.of(from),
                until == null ? OptionalInt.empty() : OptionalInt.of(until)), containers);
    }

    /** Each place by its full name, its bare name (a county's, as the gazetteer generates it) and its English name. */
    private static Lexicon lexicon(EntityRef... places) {
        Lexicon.Builder b = Lexicon.builder();
        for (EntityRef p : places) {
            b.name(p.labelZh(), ZH, p, true).name(p.labelEn(), EN, p, true);
            String bare = p.labelZh().replaceFirst("(?:省|市|县|区|维吾尔自治区)$", "");
            if (bare.length() > 1 && !bare.equals(p.labelZh()) && p.kind() != EntityKind.DISTRICT)
                b.name(bare, ZH, p, false);
        }
        return b.build();
    }
}
