package org.newsgraph.campaign;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

import org.junit.jupiter.api.Test;
import org.newsgraph.TestCorpus;
import org.newsgraph.article.ArticleFormatException;
import org.newsgraph.article.ArticleParser;
import org.newsgraph.extract.EntityRef;
import org.newsgraph.extract.Extractor;
import org.newsgraph.extract.MentionFinder;
import org.newsgraph.extract.Quantity;
import org.newsgraph.rdf.AuthorityData;
import org.newsgraph.rdf.UriScheme;

/**
 * Meetings, mobilisations, teams, leadership and slogans read from real articles through the real parser and
 * extractor with the bundled authority data.
 */
class CampaignEventRulesTest {

    private static final Extractor EXTRACTOR = extractor();
    private static final CampaignReading REFERENCE = read(TestCorpus.REFERENCE);

    @Test
    void theReferenceArticleHoldsFiveMeetings() {
        List<Meeting> meetings = facts(REFERENCE, Meeting.class);
        assertEquals(5, meetings.size(), meetings.toString());
        Meeting politburo = meetings.get(0);
        assertEquals(MeetingKind.ENLARGED_MEETING, politburo.kind());
        assertEquals(Optional.of(new Name("中共中央政治局扩大会议", Optional.empty())), politburo.name());
        assertEquals(List.of("organization/politburo-of-the-cpc-central-committee"), iris(politburo.organisers()));
        assertEquals(Optional.empty(), politburo.date());

        Meeting standing = meetings.get(1);
        assertEquals(MeetingKind.STANDING_COMMITTEE_MEETING, standing.kind());
        assertEquals(Optional.of(LocalDate.of(1958, 9, 1)), standing.date());
        assertEquals("1日", standing.dateWords().orElseThrow().text());
        assertEquals(Optional.of(PartOfDay.AFTERNOON), standing.partOfDay());
        assertEquals(List.of("place/hubei/cpc-committee"), iris(standing.organisers()));

        Meeting telephone = meetings.get(2);
        assertEquals(MeetingKind.TELEPHONE_CONFERENCE, telephone.kind());
        assertEquals(Optional.of(LocalDate.of(1958, 9, 1)), telephone.date(), "同日晚上: the day of the meeting before");
        assertEquals(Optional.empty(), telephone.dateWords());
        assertEquals(Optional.of(PartOfDay.EVENING), telephone.partOfDay());
        assertEquals(List.of("place/hubei/cpc-committee"), iris(telephone.organisers()), "省委 of the Hubei paragraph");

        Meeting rally = meetings.get(3);
        assertEquals(MeetingKind.BROADCAST_RALLY, rally.kind());
        assertEquals(Optional.of(new Name("动员全省人民向钢铁大进军",
            Optional.of("Mobilizing the People of the Province to March Towards Steel in a Big Way"))), rally.title());
        assertEquals(Optional.of(LocalDate.of(1958, 9, 2)), rally.date());
        assertEquals(Optional.of(PartOfDay.EVENING), rally.partOfDay());
        assertEquals(List.of("place/hunan/cpc-committee", "place/hunan/peoples-committee"), iris(rally.organisers()));

        Meeting guangdong = meetings.get(4);
        assertEquals(MeetingKind.MEETING, guangdong.kind(), "连续举行会议: a run of meetings, read as one");
        assertEquals(Optional.empty(), guangdong.date());
        assertEquals(Optional.empty(), guangdong.partOfDay());
        assertEquals(List.of("place/guangdong/cpc-committee"), iris(guangdong.organisers()));
        assertTrue(meetings.stream().allMatch(m -> m.evidence().zh().text().contains("会议")
            || m.evidence().zh().text().contains("大会")));
    }

    @Test
    void theReferenceArticleAssemblesThreeArmies() {
        List<Mobilisation> armies = facts(REFERENCE, Mobilisation.class);
        assertEquals(3, armies.size(), armies.toString());
        Mobilisation henan = armies.get(0);
        assertEquals(Optional.of(new BigDecimal("570000")), henan.people().value());
        assertEquals(List.of("place/luoyang", "place/xinyang"), iris(henan.regions()));
        assertEquals(List.of(new Name("钢铁大军", Optional.empty())), henan.forces());
        assertEquals(List.of(Task.TRANSPORT, Task.SMELTING, Task.MINING), henan.tasks());

        Mobilisation hubei = armies.get(1);
        assertEquals(Optional.of(new BigDecimal("1000000")), hubei.people().value());
        assertEquals("百万大军", hubei.people().text());
        assertEquals(List.of("place/hubei"), iris(hubei.regions()), "全省 of the Hubei paragraph");
        assertEquals(List.of(), hubei.forces(), "大军 says only how many");

        Mobilisation guangxi = armies.get(2);
        assertEquals(Optional.empty(), guangxi.people().value());
        assertEquals(Optional.of(new BigDecimal("10000")), guangxi.people().min().map(BigDecimal::stripTrailingZeros)
            .map(v -> new BigDecimal(v.toPlainString())));
        assertEquals(List.of("place/huanjiang", "place/ningming"), iris(guangxi.regions()));
        assertEquals(List.of(new Name("钢铁野战军", Optional.of("Steel Field Army")),
            new Name("钢铁兵团", Optional.of("Steel Corps"))), guangxi.forces());
        assertEquals(List.of(Task.MINING, Task.TRANSPORT, Task.FURNACE_BUILDING, Task.SMELTING), guangxi.tasks());
        assertTrue(armies.stream().allMatch(a -> a.people().unitCode().equals(Optional.of("IE"))));
    }

    @Test
    void theReferenceArticleFormsFourTeamsAndNoneOfAnArmysUnits() {
        List<Team> teams = facts(REFERENCE, Team.class);
        assertEquals(List.of("钢铁巡回医疗队", "汽车师", "马车师", "巡回钢铁医疗队"),
            teams.stream().map(t -> t.name().zh()).toList(), "钢铁兵团 is a force of the Guangxi army");
        Team medical = teams.get(0);
        assertEquals(Optional.of("steel mobile medical team"), medical.name().en());
        Quantity members = medical.members().orElseThrow();
        assertEquals("一百四十多名", members.text());
        assertEquals(0, new BigDecimal("140").compareTo(members.min().orElseThrow()));
        assertEquals(List.of(Task.TECHNICAL_HELP), medical.tasks());
        assertEquals(List.of("place/henan"), iris(medical.regions()));
        for (Team carriers : teams.subList(1, 3)) {
            assertEquals(Optional.empty(), carriers.members());
            assertEquals(List.of(Task.TRANSPORT), carriers.tasks(), "炼铁用煤 is coal for smelting, no smelting");
            assertEquals(List.of(Commodity.ORE, Commodity.COAL), carriers.commodities());
            assertEquals(List.of("place/luoyang"), iris(carriers.regions()));
        }
        Team guangxi = teams.get(3);
        assertEquals(Optional.empty(), guangxi.members());
        assertEquals(List.of("place/guangxi-zhuang-autonomous-region"), iris(guangxi.regions()));
    }

    @Test
    void taoZhuCommandsSteelInGuangdongAndEveryOther挂帅IsLeftOut() {
        List<Leadership> leaders = facts(REFERENCE, Leadership.class);
        assertEquals(1, leaders.size(), leaders.toString());
        Leadership tao = leaders.get(0);
        assertEquals("person/tao-zhu", iri(tao.leader()));
        assertEquals(Optional.of(new Name("第一书记", Optional.of("first secretary"))), tao.role());
        assertEquals(Optional.of("place/guangdong/cpc-committee"), tao.ofBody().map(CampaignEventRulesTest::iri));
        assertEquals(Optional.of(Commodity.STEEL), tao.commodity());
        assertEquals(List.of("place/guangdong"), iris(tao.regions()));
        List<LeftOut> noPerson = REFERENCE.leftOut().stream()
            .filter(l -> l.reason().equals("挂帅 without a named person")).toList();
        assertEquals(3, noPerson.size(), noPerson.toString());
        assertTrue(noPerson.get(0).sentence().text().contains("党委第一书记必须切实挂帅"));
    }

    @Test
    void theGuangxiCommitteesSloganInBothLanguages() {
        List<Slogan> slogans = facts(REFERENCE, Slogan.class);
        assertEquals(List.of(new Name("苦战半月，保证已建高炉全部铁水畅流，转炉全部出钢", Optional.of("Fighting hard for half a "
            + "month to ensure that all built blast furnaces have smooth iron flow and all converters produce steel"))),
            slogans.stream().map(Slogan::text).toList());
        assertEquals(List.of("place/guangxi-zhuang-autonomous-region/cpc-committee"), iris(slogans.get(0).issuedBy()));
    }

    @Test
    void anOnSiteMeetingNamedAmongMethodsAndAPledgeInACaptionAreNoMeetings() {
        assertTrue(facts(REFERENCE, Meeting.class).stream().noneMatch(m -> m.kind() == MeetingKind.ON_SITE_MEETING
            || m.kind() == MeetingKind.PLEDGE_RALLY));
        assertTrue(REFERENCE.leftOut().stream().anyMatch(l -> l.reason().startsWith("a kind of meeting named among methods")
            && l.sentence().text().contains("采取开现场会议、组织参观等方法")));
        assertEquals(4, REFERENCE.leftOut().size(), REFERENCE.leftOut().toString());
    }

    @Test
    void aVillageSmelterLeavesOutItsUnnamedLeaderAndItsMeeting() {
        CampaignReading yange = read(TestCorpus.file("1958-09-02_乡社怎样管理冶炼工业"));
        assertEquals(List.of(), events(yange));
        // the output rule leaves out a figure of the same article that names no place
        assertEquals(List.of("output with no place: 约四十吨", "挂帅 without a named person",
            "meeting held by no organisation the sentence names"), yange.leftOut().stream().map(LeftOut::reason).toList());
        assertTrue(yange.leftOut().get(1).sentence().text().startsWith("乡党委书记挂帅"));
    }

    @Test
    void aSloganOutsideQuotationMarksIsLeftOut() {
        CampaignReading anping = read(TestCorpus.file("1958-09-01_涟源安平铁厂简易矮高炉"));
        assertEquals(List.of(), events(anping));
        assertEquals(List.of("slogan not in quotation marks"), anping.leftOut().stream().map(LeftOut::reason).toList());
    }

    @Test
    void armiesAndRalliesOfAnythingButTheCampaignAreNoFacts() {
        // 组织了二万八千人的宣传队伍: a propaganda team; 成立大会: a commune's founding
        assertEquals(List.of(), events(read(TestCorpus.file("1958-09-02_建立公社是必然趋势"))));
        // 组成了三十七个生产队 (no quoted name), 举行了入社联欢大会 (a party, no campaign meeting)
        assertEquals(List.of(), events(read(TestCorpus.file("1958-10-01_中央国家机关绿化生产队"))));
        // 黑龙江和辽宁两省的省委扩大会议上作报告: a meeting spoken at, neither held nor acting
        assertEquals(List.of(), events(read(TestCorpus.file("1958-10-01_邓小平李富春视察"))));
    }

    private static List<CampaignFact> events(CampaignReading reading) {
        return reading.facts().stream().filter(f -> f instanceof Meeting || f instanceof Mobilisation
            || f instanceof Team || f instanceof Leadership || f instanceof Slogan).toList();
    }

    private static <T extends CampaignFact> List<T> facts(CampaignReading reading, Class<T> type) {
        return reading.facts().stream().filter(type::isInstance).map(type::cast).toList();
    }

    private static List<String> iris(List<EntityRef> entities) {
        return entities.stream().map(CampaignEventRulesTest::iri).toList();
    }

    private static String iri(EntityRef entity) { return entity.iri().substring(TestCorpus.BASE.length()); }

    private static CampaignReading read(Path file) {
        try {
            return CampaignFactFinder.create().read(EXTRACTOR.annotate(ArticleParser.create().parse(file)));
        } catch (java.io.IOException | ArticleFormatException e) {
            throw new IllegalStateException(file + ": " + e.getMessage(), e);
        }
    }

    private static Extractor extractor() {
        try {
            AuthorityData authority = AuthorityData.load(TestCorpus.AUTHORITY, UriScheme.of(TestCorpus.BASE));
            return new Extractor(authority.datelineFinder(), MentionFinder.create(authority.lexicon()));
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }
}
