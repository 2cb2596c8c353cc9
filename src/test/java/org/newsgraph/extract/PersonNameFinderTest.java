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
            EntityRef.of("x:deng", "Person", "邓小平", "Deng Xiaoping", java.util.Optional.empty(), false), ExtractionMethod.GAZETTEER_MATCH, 0.9);
        List<Mention> found = finder.find("邓小平视察", "Deng Xiaoping inspected", List.of(known));
        assertEquals(List.of("en|Deng Xiaoping"), found.stream().map(m -> m.lang() + "|" + m.text()).toList());
    }
}
