package org.newsgraph.campaign;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;

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
    private static final Path OUTPUTS = Path.of("src/test/resources/campaign/articles");
    private static final Path HENAN = OUTPUTS.resolve("rmrb__1958.10__1958-10-01_三天连获大捷，产铁十八万多吨，产钢九千多吨_"
        + "河南人民双倍完成九月产铁计划_十月份将日产生铁三万吨左右，钢五千到一万吨.md.txt");
    private static final Path SHANDONG = OUTPUTS.resolve("rmrb__1958.10__1958-10-01_山东日产铁六万多吨_山西日产铁两万五千吨.md.txt");

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
            // 这一天，全省还产钢一千吨: the one day named before in the paragraph is 29日
            "output STEEL 1000 on 1958-09-29 in [place/hunan]",
            // 自29日中午到30日中午一昼夜间: one period across two dates
            "output IRON 14924.733 in 1958-09-29..1958-09-30 in [place/jiangsu]",
            "output PIG_IRON 10200 per DAY on 1958-09-30 in [place/sichuan]",
            "output STEEL 5500 per DAY on 1958-09-30 in [place/sichuan]"),
            facts(read(DEVSET.resolve("rmrb__1958.10__1958-10-01_湖北湖南江苏四川跃为万吨省.md.txt"))));
    }

    @Test
    void henanDayByDayCountyByCountyAndItsSeptember() throws Exception {
        CampaignReading reading = read(HENAN);
        assertEquals(List.of(
            "output PIG_IRON 64483.49 on 1958-09-28 in [place/henan]",
            "output STEEL 895.92 on 1958-09-28 in [place/henan]",
            "output PIG_IRON 90784.68 on 1958-09-29 in [place/henan]",
            // 29日产生铁…，产钢…: 28日 and 29日 are both named before it, so no day is told
            "output STEEL 5003.4 in [place/henan]",
            "output PIG_IRON 31089.58 on 1958-09-30 in [place/henan]",
            "output STEEL 3256.89 in [place/henan]",
            // …完成了国家计划: the plan's amount is stated nowhere, so the output answers no target
            "output PIG_IRON 278152.36 in 1958-09-01..1958-09-30 in [place/henan]",
            "output PIG_IRON 34390 on 1958-09-28 in [place/lushan-henan]",
            "output PIG_IRON 24664 on 1958-09-29 in [place/baofeng]",
            // 这天 after a paragraph naming 28日 and 29日: no day is told
            "output PIG_IRON 5692.28 in [place/gb413023]",
            "output PIG_IRON 4600.07 in [place/shangcheng-henan]",
            "output PIG_IRON 4033.5 in [place/gb410521]",
            "output PIG_IRON 2500 in [place/boai]",
            "output PIG_IRON 1694.8 in [place/yanshi]",
            "output PIG_IRON 1528 in [place/dengfeng]",
            "output STEEL 2003 on 1958-09-29 in [place/luoyang]",
            "target PIG_IRON 30000 per DAY DECISION period 1958-10-01..1958-10-31 in [place/henan] by "
                + "[place/henan/cpc-committee]"),
            facts(reading));
        // 安（阳）内（黄）濮（阳）协作区 is no entity: the counties named before it did not produce its iron
        assertTrue(reading.leftOut().stream().anyMatch(
            l -> l.reason().equals("output of a producer named by no entity: 三千五百五十五吨")), reading.leftOut().toString());
    }

    @Test
    void aTargetExceededWithNoAmountProducedIsLeftOut() throws Exception {
        CampaignReading reading = read(SHANDONG);
        // 全省提前一天超额完成了9月份生产生铁二十万吨的任务: the target's amount, and none produced
        assertEquals(List.of("全省提前一天超额完成了9月份生产生铁二十万吨的任务"), reading.leftOut().stream()
            .filter(l -> l.reason().equals("met, with no amount produced"))
            .map(l -> l.sentence().text().replaceAll(".*，(全省.*任务)，.*", "$1")).toList());
        assertTrue(reading.facts().stream().noneMatch(f -> f instanceof ReportedOutput o && o.outcome().isPresent()));
        // 陵川和阳城等八个县…都达到了一千吨: each of eight counties, not the two named
        assertTrue(reading.leftOut().stream().anyMatch(
            l -> l.reason().equals("an amount each of several places reached: 一千吨")), reading.leftOut().toString());
        assertEquals(List.of(
            "output PIG_IRON 67000.. per DAY in [place/shandong]",
            "output PIG_IRON 25700 per DAY on 1958-09-29 in [place/shanxi]",
            "output PIG_IRON 2207 per DAY in [place/jincheng-shanxi]"),
            facts(reading));
    }

    @Test
    void aCompletionStillToComeOrOfNoAmountIsNoOutput() throws Exception {
        // 为提前完成和超额完成全年一百万吨钢铁的生产任务而奋斗: still to come, so no completion
        assertTrue(read(SHANDONG).leftOut().stream().noneMatch(l -> l.reason().startsWith("met")
            && l.sentence().text().contains("而奋斗")));
        // 各项工程差不多项项都提前完成了任务: met, with nothing produced
        CampaignReading works = read(TestCorpus.file("1958-09-02_朱副主席视察石钢"));
        assertTrue(works.leftOut().stream().anyMatch(l -> l.reason().equals("met, with no amount produced")
            && l.sentence().text().contains("提前完成了任务")), works.leftOut().toString());
        assertTrue(works.facts().isEmpty());
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
        assertEquals(List.of(), facts(reading));
        assertTrue(reading.leftOut().stream().anyMatch(l -> l.reason().equals("target with no body or place: 四万吨")),
            reading.leftOut().toString());
    }

    @Test
    void mobilisationsPercentagesAndCattiesAreNoTargets() throws Exception {
        CampaignReading reading = read(TestCorpus.REFERENCE);
        for (String words : List.of("百万大军", "五十七万钢铁大军", "9、10月份完成", "一斤不少", "一百四十多名"))
            assertTrue(reading.facts().stream().filter(f -> f instanceof Target || f instanceof ReportedOutput)
                .noneMatch(f -> f.evidence().zh().text().contains(words)
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

    private static List<String> facts(CampaignReading reading) {
        return reading.facts().stream().filter(f -> f instanceof Target || f instanceof ReportedOutput)
            .map(CampaignTargetsAndOutputsTest::describe).toList();
    }

    private static String describe(CampaignFact fact) {
        if (fact instanceof Target t)
            return "target " + t.commodity() + " " + amount(t.quantity()) + " " + t.kind()
                + t.deadline().map(d -> " deadline " + period(d)).orElse("")
                + t.period().map(p -> " period " + period(p)).orElse("")
                + " in " + iris(t.regions()) + " by " + iris(t.setBy());
        if (fact instanceof ReportedOutput o)
            return "output " + o.commodity() + " " + amount(o.quantity())
                + o.when().map(w -> w.value().map(d -> " on " + d).orElseGet(() -> " in " + period(w))).orElse("")
                + " in " + iris(o.regions())
                + o.answers().map(t -> " answers " + amount(t.quantity())).orElse("")
                + o.outcome().map(r -> " " + r).orElse("");
        throw new IllegalArgumentException("neither a target nor an output: " + fact);
    }

    private static String amount(Quantity q) {
        String amount = q.value().map(v -> v.stripTrailingZeros().toPlainString())
            .orElseGet(() -> q.min().map(BigDecimal::toPlainString).orElse("") + ".."
                + q.max().map(BigDecimal::toPlainString).orElse(""));
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
