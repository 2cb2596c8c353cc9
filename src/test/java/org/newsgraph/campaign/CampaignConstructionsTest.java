package org.newsgraph.campaign;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.newsgraph.TestCorpus;
import org.newsgraph.article.ArticleParser;
import org.newsgraph.extract.Extractor;
import org.newsgraph.extract.MentionFinder;
import org.newsgraph.rdf.AuthorityData;
import org.newsgraph.rdf.UriScheme;

/**
 * Constructions of the campaign's reporting, each in a sentence of its own, read from an article file in the
 * archive's format written for the test: a call whose figure comes before what it is for, a delivery that sets no
 * production target, an army named after its head-count, a place things are sent to.
 */
class CampaignConstructionsTest {

    @TempDir
    static Path dir;

    @Test
    void aCallNamedAfterItsFigureIsATargetDatedByNothingBeforeItsCaller() throws Exception {
        CampaignReading r = read("9月17日，中共湖南省委提出日产万吨铁迎接国庆节的号召。");
        assertEquals(List.of(), r.facts().stream().filter(f -> f instanceof ReportedOutput).toList());
        Target t = only(r, Target.class);
        assertEquals(TargetKind.CALL, t.kind());
        assertEquals(Commodity.PIG_IRON, t.commodity());
        assertEquals(0, t.quantity().value().orElseThrow().compareTo(BigDecimal.valueOf(10000)));
        assertTrue(t.period().isEmpty() && t.deadline().isEmpty(), "9月17日 is when the call was made: " + t);
    }

    @Test
    void aDeliveryIsNoProductionTarget() throws Exception {
        CampaignReading r = read("中共湖南省委要求三天内支援上海二百七十吨生铁。");
        assertEquals(List.of(), r.facts());
        assertTrue(r.leftOut().stream().anyMatch(l -> l.reason().startsWith("a delivery, not production")), r.toString());
    }

    @Test
    void anArmyNamedAfterItsHeadCountIsTheMobilisationsForce() throws Exception {
        CampaignReading r = read("湖南省已经组织了七万九千多人的钢铁运输大军，运输生铁。");
        Mobilisation m = only(r, Mobilisation.class);
        assertEquals(List.of("钢铁运输大军"), m.forces().stream().map(Name::zh).toList());
    }

    @Test
    void aPlaceThingsAreSentToIsNotWhereAnArmyIsAssembled() throws Exception {
        CampaignReading r = read("为了把铁尽快调运到武汉炼钢，湖南省组织了十多万人，日夜运输生铁。");
        Mobilisation m = only(r, Mobilisation.class);
        assertEquals(List.of("Hunan"), m.regions().stream().map(e -> e.labelEn()).toList());
    }

    private static <T extends CampaignFact> T only(CampaignReading r, Class<T> type) {
        List<T> found = r.facts().stream().filter(type::isInstance).map(type::cast).toList();
        assertEquals(1, found.size(), r.toString());
        return found.get(0);
    }

    private static CampaignReading read(String chinese) throws Exception {
        Path file = dir.resolve("rmrb__1958.10__1958-10-01_测试" + Math.abs(chinese.hashCode()) + ".md.txt");
        Files.writeString(file, "Title: Test\nAuthor:\nDate: 1958-10-01\nPage: 1\n　　Test.\n\n<hr /> \n\nOriginal: \n\n\n"
            + "### 测试\n\n1958-10-01\n第1版()\n专栏：\n\n　　" + chinese + "\n", StandardCharsets.UTF_8);
        AuthorityData authority = AuthorityData.load(TestCorpus.AUTHORITY, UriScheme.of(TestCorpus.BASE));
        Extractor extractor = new Extractor(authority.datelineFinder(), MentionFinder.create(authority.lexicon()));
        return CampaignFactFinder.create().read(extractor.annotate(ArticleParser.create().parse(file)));
    }
}
