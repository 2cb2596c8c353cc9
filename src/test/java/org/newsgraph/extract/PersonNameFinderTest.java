package org.newsgraph.extract;

import static org.newsgraph.article.Language.EN;
import static org.newsgraph.article.Language.ZH;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import org.junit.jupiter.api.Test;
import org.newsgraph.TestCorpus;
import org.newsgraph.article.Article;
import org.newsgraph.article.ArticleParser;

class PersonNameFinderTest {

    private final PersonNameFinder finder = new PersonNameFinder();

    @Test
    void peopleNamedInBothTextsAreOneEntityEach() throws Exception {
        Article a = ArticleParser.create().parse(TestCorpus.file("1958-10-01_邓小平李富春"));
        List<Mention> found = finder.find(a.originalBody().text(), a.translationBody().text(), List.of());
        Map<String, Integer> counts = new TreeMap<>();
        for (Mention m : found) {
            counts.merge(m.lang() + "|" + m.text() + "|" + m.entity().iri(), 1, Integer::sum);
            String body = m.lang().equals(ZH) ? a.originalBody().text() : a.translationBody().text();
            assertEquals(m.text(), m.span().of(body));
            assertEquals(ExtractionMethod.NAME_RECOGNITION, m.method());
            assertTrue(m.entity().wikidata().isEmpty(), "never linked");
        }
        assertEquals(19, counts.get("zh|邓小平|#person-deng-xiaoping"));
        assertEquals(18, counts.get("en|Deng Xiaoping|#person-deng-xiaoping"));
        assertEquals(8, counts.get("zh|李富春|#person-li-fuchun"));
        assertEquals(1, counts.get("en|Yang Shangkun|#person-yang-shangkun"));
    }

    @Test
    void aNameTheTranslationDoesNotSpellIsLeftOut() {
        // HanLP reads 土炉 (earth furnace) as a name; no translation spells it as one.
        assertEquals(List.of(), finder.find("土炉日夜生产", "The earth furnaces work day and night", List.of()));
        assertEquals(List.of(), finder.find("郭家坪社四个社合并", "Guo Jiaping and four other cooperatives merged", List.of()));
    }

    @Test
    void namesTheGazetteerAlreadyFoundAreNotFoundAgain() {
        Mention known = new Mention(ZH, new org.newsgraph.article.Span(0, 3), "邓小平",
            EntityRef.of("x:deng", EntityKind.PERSON, "邓小平", "Deng Xiaoping", java.util.Optional.empty()), ExtractionMethod.GAZETTEER_MATCH, 0.9);
        List<Mention> found = finder.find("邓小平视察", "Deng Xiaoping inspected", List.of(known));
        assertEquals(List.of("en|Deng Xiaoping"), found.stream().map(m -> m.lang() + "|" + m.text()).toList());
    }

    // Sentences written for these tests in the archive's style, not taken from any article.

    /** Each mention as "lang|begin|end|words|iri|confidence". */
    private static List<String> described(List<Mention> found) {
        return found.stream().map(m -> m.lang() + "|" + m.span().begin() + "|" + m.span().end() + "|" + m.text() + "|"
            + m.entity().iri() + "|" + m.confidence()).toList();
    }

    @Test
    void aNameHanLpCutsShortIsTakenWholeWhenTheTranslationSpellsItsSyllablesApart() {
        String zh = "中央军委秘书长杨白冰、副秘书长赵南起出席了会议。";
        String en = "Yang Bai Bing, Secretary-General of the Central Military Commission, and Deputy Secretary-General "
            + "Zhao Nan Qi attended the meeting.";
        assertEquals(List.of(
            "zh|7|10|杨白冰|#person-yang-baibing|0.7", "en|0|13|Yang Bai Bing|#person-yang-baibing|0.7",
            "zh|15|18|赵南起|#person-zhao-nanqi|0.7",
            "en|" + en.indexOf("Zhao") + "|" + (en.indexOf("Zhao") + 11) + "|Zhao Nan Qi|#person-zhao-nanqi|0.7"),
            described(finder.find(zh, en, List.of())));
    }

    @Test
    void thePartHanLpProposesIsWidenedToTheWholeName() {
        // HanLP splits this as 时杨 and 白冰: the surname before 白冰 belongs to the name, and 时杨 is no one.
        String zh = "会见时杨白冰指出，部队要支援农业。";
        String en = "During the meeting, Yang Baibing pointed out that the army should support agriculture.";
        List<Mention> found = finder.find(zh, en, List.of());
        assertEquals(List.of("zh|3|6|杨白冰|#person-yang-baibing|0.7", "en|20|32|Yang Baibing|#person-yang-baibing|0.7"),
            described(found));
        assertEquals("Yang Baibing", found.get(0).entity().labelEn());
        assertEquals("杨白冰", found.get(0).entity().labelZh());
    }

    @Test
    void theTranslationMaySpellANameJoinedApartHyphenatedOrInCapitals() {
        for (String spelling : List.of("Yang Baibing", "Yang Bai Bing", "Yang Bai-bing", "YANG Baibing", "YANG BAI BING")) {
            List<Mention> found = finder.find("杨白冰同志讲了话。", spelling + " gave a speech.", List.of());
            assertEquals(List.of("zh|0|3|杨白冰|#person-yang-baibing|0.7",
                "en|0|" + spelling.length() + "|" + spelling + "|#person-yang-baibing|0.7"), described(found), spelling);
        }
        // Given name first is no spelling of 杨白冰, nor are lower-case words after a space.
        for (String other : List.of("Baibing Yang gave a speech.", "Yang bai bing gave a speech."))
            assertEquals(List.of(), finder.find("杨白冰讲了话。", other, List.of()), other);
    }

    @Test
    void aSurnameIsReadAsASurname() {
        // HanLP reads 曾 as ceng; as a surname it is Zeng.
        assertEquals(List.of("zh|0|2|曾山|#person-zeng-shan|0.7", "en|0|9|Zeng Shan|#person-zeng-shan|0.7"),
            described(finder.find("曾山部长指出", "Zeng Shan, the minister, pointed out", List.of())));
    }

    @Test
    void aTitleConfirmsAPersonTheTranslationGarbles() {
        String zh = "总参谋长迟浩田在会上讲话。迟浩田同志指出，部队要支援农业。";
        String en = "Chief of General Staff Der Hao Tian spoke at the meeting. Comrade Der Hao Tian pointed out that the "
            + "army should support agriculture.";
        List<Mention> found = finder.find(zh, en, List.of());
        // Only the Chinese words: where the translation names him is not known, and not guessed.
        assertEquals(List.of("zh|4|7|迟浩田|#person-chi-haotian|0.5", "zh|13|16|迟浩田|#person-chi-haotian|0.5"),
            described(found));
        assertTrue(PersonNameFinder.TITLE_CONFIDENCE < PersonNameFinder.CONFIDENCE);
        assertEquals("", found.get(0).entity().labelEn(), "no English name that the translation does not give");
        // Without the title, nothing confirms him.
        assertEquals(List.of(), finder.find("迟浩田在会上讲话。", "Der Hao Tian spoke at the meeting.", List.of()));
    }

    @Test
    void aVillageIsNoPerson() {
        assertEquals(List.of(), finder.find("崔庄村的社员都下地了。", "The commune members of Cui Zhuang Village all went to the fields.", List.of()));
        assertEquals(List.of(), finder.find("他们在崔庄种麦子。", "They grow wheat in Cui Zhuang.", List.of()));
        assertEquals(List.of(), finder.find("崔庄大队队长", "Cuizhuang Brigade leader", List.of()));
        // The translation alone tells a village: its last syllable apart, or a word such as Village after the name.
        assertEquals(List.of(), finder.find("崔庄的麦子长得好。", "The wheat of Cui Zhuang grows well.", List.of()));
        assertEquals(List.of(), finder.find("王家楼的群众", "The masses of Wang Jia Lou", List.of()));
    }
}
