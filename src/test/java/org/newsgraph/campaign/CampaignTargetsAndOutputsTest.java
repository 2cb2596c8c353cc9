package org.newsgraph.campaign;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.newsgraph.TestCorpus;
import org.newsgraph.article.ArticleParser;
import org.newsgraph.extract.AnnotatedArticle;
import org.newsgraph.extract.EntityRef;
import org.newsgraph.extract.Extractor;
import org.newsgraph.extract.MentionFinder;
import org.newsgraph.extract.Quantity;
import org.newsgraph.extract.TimeExpression;
import org.newsgraph.rdf.AuthorityData;
import org.newsgraph.rdf.UriScheme;

/** Targets and outputs read from real 1958 articles through the real parser and extractor. */
class CampaignTargetsAndOutputsTest {

    private static final Extractor EXTRACTOR = extractor();
    private static final Path DEVSET = Path.of("src/test/resources/devset/articles");

    @Test
    void theTargetsAndTheOutputOfTheReferenceArticle() throws Exception {
        assertEquals(List.of(
            "target STEEL 10700000 per YEAR CALL period 1958-01-01..1958-12-31 in [] by "
                + "[organization/politburo-of-the-cpc-central-committee]",
            "output PIG_IRON 7000 per DAY in [place/henan]",
            "target PIG_IRON 10000 per DAY DECISION deadline 1958-09-21..1958-09-30 in [place/hunan] by "
                + "[place/hunan/cpc-committee]",
            "target FURNACE 20000..25000 TASK period 1958-09-01..1958-09-30 in [place/jiangxi] by "
                + "[place/jiangxi/cpc-committee]",
            "target PIG_IRON 10000 per DAY PLEDGE in [place/jiangxi] by [place/jiangxi/cpc-committee]",
            "target STEEL 280000 TASK deadline 1958-09-05..1958-12-31 in [place/guangdong] by "
                + "[place/guangdong/cpc-committee]"),
            facts(read(TestCorpus.REFERENCE)));
    }

    @Test
    void theOutputsOfFourProvincesOnTheirDayOfTenThousandTons() throws Exception {
        assertEquals(List.of(
            "output PIG_IRON 16912 per DAY on 1958-09-29 in [place/hubei]",
            "target PIG_IRON 2000 per DAY DECISION in [place/huanggang-hubei-422100] by []",
            "output PIG_IRON 15517 on 1958-09-29 in [place/hunan]",
            // 自29日中午到30日中午一昼夜间: one day across two dates, so no day is told
            "output PIG_IRON 14924.733 in [place/jiangsu]",
            "output PIG_IRON 10200 per DAY on 1958-09-30 in [place/sichuan]",
            "output STEEL 5500 per DAY on 1958-09-30 in [place/sichuan]"),
            facts(read(DEVSET.resolve("rmrb__1958.10__1958-10-01_湖北湖南江苏四川跃为万吨省.md.txt"))));
    }

    @Test
    void anshanSteelPlansItsYear() throws Exception {
        assertEquals(List.of("target STEEL 4500000 DECISION period 1958-01-01..1958-12-31 in [place/anshan] by []"),
            facts(read(TestCorpus.file("1958-10-01_邓小平李富春视察辽吉黑三省"))));
    }

    @Test
    void noTargetWithoutABodyOrAPlaceAndNoCapacity() throws Exception {
        CampaignReading reading = read(TestCorpus.file("1958-09-02_朱副主席视察石钢"));
        // the works (工厂, 工地) and 党中央 are named by no entity: who set these targets is not read
        assertEquals(List.of(), reading.facts());
        assertTrue(reading.leftOut().stream().anyMatch(l -> l.reason().equals("target with no body or place: 四万吨")),
            reading.leftOut().toString());
    }

    @Test
    void mobilisationsPercentagesAndCattiesAreNoTargets() throws Exception {
        CampaignReading reading = read(TestCorpus.REFERENCE);
        for (String words : List.of("百万大军", "五十七万钢铁大军", "9、10月份完成", "一斤不少", "一百四十多名"))
            assertTrue(targetsAndOutputs(reading).noneMatch(f -> f.evidence().zh().text().contains(words)
                && !f.evidence().zh().text().contains("二十八万吨")), words);
        assertTrue(facts(read(TestCorpus.file("1958-09-02_建立公社是必然趋势"))).isEmpty());
    }

    @Test
    void everyFigureOfTheReferenceArticleIsPairedWithTheEnglishSentenceStatingIt() throws Exception {
        AnnotatedArticle annotated = EXTRACTOR.annotate(ArticleParser.create().parse(TestCorpus.REFERENCE));
        FactContext context = new FactContext(annotated);
        int figures = 0;
        for (Sentence zh : context.sentences())
            for (Quantity q : context.quantities(zh)) {
                if (q.unitText().isPresent())
                    continue; // 一斤不少, "not one pound less": an idiom, not a figure
                Optional<Sentence> en = context.english(zh);
                assertTrue(en.isPresent(), zh.text());
                assertTrue(context.quantities(en.get()).stream().anyMatch(e -> sameFigure(q, e)),
                    q.text() + " in " + en.get().text());
                figures++;
            }
        assertEquals(11, figures);
    }

    private static boolean sameFigure(Quantity a, Quantity b) { return figure(a).equals(figure(b)); }

    private static List<String> figure(Quantity q) {
        return List.of(q.value(), q.min(), q.max()).stream()
            .map(v -> v.map(n -> n.stripTrailingZeros().toPlainString()).orElse("")).toList();
    }

    private static CampaignReading read(Path file) throws Exception {
        return CampaignFactFinder.create().read(EXTRACTOR.annotate(ArticleParser.create().parse(file)));
    }

    /** The targets and outputs read, described; the other rules' facts (meetings, teams, …) are tested on their own. */
    private static List<String> facts(CampaignReading reading) {
        return targetsAndOutputs(reading).map(CampaignTargetsAndOutputsTest::describe).toList();
    }

    private static Stream<CampaignFact> targetsAndOutputs(CampaignReading reading) {
        return reading.facts().stream().filter(f -> f instanceof Target || f instanceof ReportedOutput);
    }

    private static String describe(CampaignFact fact) {
        if (fact instanceof Target t)
            return "target " + t.commodity() + " " + amount(t.quantity()) + " " + t.kind()
                + t.deadline().map(d -> " deadline " + period(d)).orElse("")
                + t.period().map(p -> " period " + period(p)).orElse("")
                + " in " + iris(t.regions()) + " by " + iris(t.setBy());
        if (fact instanceof ReportedOutput o)
            return "output " + o.commodity() + " " + amount(o.quantity())
                + o.when().map(w -> " on " + w.value().orElseThrow()).orElse("") + " in " + iris(o.regions());
        return fact.toString();
    }

    private static String amount(Quantity q) {
        String amount = q.value().map(v -> v.stripTrailingZeros().toPlainString())
            .orElseGet(() -> q.min().orElseThrow().toPlainString() + ".." + q.max().orElseThrow().toPlainString());
        return amount + q.per().map(p -> " per " + p).orElse("");
    }

    private static String period(TimeExpression t) { return t.from().orElseThrow() + ".." + t.to().orElseThrow(); }

    private static String iris(List<EntityRef> entities) {
        return entities.stream().map(e -> e.iri().substring(TestCorpus.BASE.length()))
            .collect(Collectors.joining(", ", "[", "]"));
    }

    private static Extractor extractor() {
        try {
            AuthorityData authority = AuthorityData.load(TestCorpus.AUTHORITY, UriScheme.of(TestCorpus.BASE));
            return new Extractor(authority.datelineFinder(), MentionFinder.create(authority.lexicon()));
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }
}
