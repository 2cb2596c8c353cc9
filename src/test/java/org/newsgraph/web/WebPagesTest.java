package org.newsgraph.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.apache.jena.query.ParameterizedSparqlString;
import org.apache.jena.sparql.engine.binding.Binding;
import org.apache.jena.sparql.exec.QueryExec;
import org.apache.jena.system.Txn;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.newsgraph.TestCorpus;
import org.newsgraph.rdf.UriScheme;
import org.newsgraph.server.NewsgraphServer;
import org.newsgraph.store.NewsgraphStore;

/**
 * The pages a reader uses (article, entity, day, overviews, home, query page, languages) over the bundled corpus,
 * through a real Fuseki on a free port and a real HTTP client; the reference article holds real campaign facts.
 */
class WebPagesTest {

    private static final String BASE = TestCorpus.BASE;
    private static final String ARTICLE = "rmrb/1958-09-05/p1/中南六省区增强工业战线_领导重心转向钢铁";

    @TempDir
    static Path dir;
    private static NewsgraphStore store;
    private static NewsgraphServer server;
    private static SiteRequests requests;

    @BeforeAll
    static void start() throws IOException {
        store = NewsgraphStore.open(dir.resolve("tdb2"));
        TestCorpus.loadInto(store);
        server = ServedSite.start(store, UriScheme.of(BASE), dir.resolve("dumps")).server();
        requests = new SiteRequests(server.port());
    }

    @AfterAll
    static void stop() {
        server.stop();
        store.close();
    }

    @Test
    void articlePageShowsBothTextsParagraphByParagraph() throws Exception {
        String page = html(ARTICLE);
        assertTrue(page.contains("<h1>中南六省区增强工业战线  领导重心转向钢铁</h1>"), "headline of the original");
        assertTrue(page.contains("Central South Six Provinces and Regions Strengthen the Industrial Front"),
            "headline of the translation");
        Matcher pairs = Pattern.compile("<div class=\"pair\" id=\"p\\d+\"><p class=\"zh\" lang=\"zh\">(.*?)</p>"
            + "<p class=\"en\" lang=\"en\">(.*?)</p></div>").matcher(page);
        List<String[]> rows = new ArrayList<>();
        while (pairs.find())
            rows.add(new String[] {pairs.group(1), pairs.group(2)});
        assertEquals(12, rows.size(), "the two headline lines of the original, then its ten paragraphs beside the translation's");
        assertTrue(rows.get(0)[0].contains("六省区增强工业战线") && rows.get(0)[1].isEmpty(), "a headline line alone");
        assertTrue(rows.get(2)[0].contains("据") && rows.get(2)[1].contains("Xinhua News Agency"), "the first paragraphs side by side");
        assertTrue(rows.get(3)[0].contains("钢铁巡回医疗队") && rows.get(3)[1].contains("steel mobile medical team"),
            "and the next ones");
        assertFalse(page.contains("class=\"note\""), "both texts have ten paragraphs");
        String uneven = html("rmrb/1958-10-01/p1/毛主席巡视大江南北");
        assertTrue(uneven.contains("The original has 6 paragraphs and the translation 4"),
            "the page says when the counts differ");
        assertTrue(page.contains("<tr><th>Date</th><td>1958-09-05"));
        assertTrue(page.contains("<tr><th>Page</th><td>1</td></tr>"));
        assertTrue(page.contains("新华社4日讯"), "the dateline");
    }

    @Test
    void mentionsAreMarkedOnTheirWordsInBothTextsAndLinkToTheirEntities() throws Exception {
        String page = html(ARTICLE);
        assertTrue(page.contains("<a class=\"mention\" href=\"/place/henan\" title=\"Henan\">河南省</a>"), "Chinese");
        assertTrue(page.contains("<a class=\"mention\" href=\"/place/henan\" title=\"Henan\">Henan</a>"), "English");
        // 中共河南省委 names the committee and, inside it, the party (中共) and the province (河南省): a group whose
        // words each link to the innermost entity that they name.
        String committee = "<a class=\"mention\" href=\"/place/henan/cpc-committee\" title=\"Henan Committee of the Communist Party of China\">";
        assertTrue(page.contains("<span class=\"nest\" title=\"Henan Committee of the Communist Party of China\">"
            + "<a class=\"mention\" href=\"/organization/communist-party-of-china\" title=\"Communist Party of China\">中共</a>"
            + "<a class=\"mention\" href=\"/place/henan\" title=\"Henan\">河南省</a>" + committee + "委</a></span>"));
    }

    @Test
    void amountsAndDatesAreMarkedWithTheirValues() throws Exception {
        String page = html(ARTICLE);
        assertTrue(page.contains("<mark class=\"amount\" title=\"10700000 TNE / P1Y\">一千零七十万吨</mark>"), page);
        assertTrue(page.contains("<mark class=\"amount\" title=\"10700000 TNE\">10.7 million tons</mark>"));
        assertTrue(page.contains("<mark class=\"date\" title=\"1958-09-04\">September 4th</mark>"));
    }

    @Test
    void campaignFactsAreMarkedOnTheirSentenceAndListed() throws Exception {
        String page = html(ARTICLE);
        List<Binding> facts = select("""
            PREFIX prov: <http://www.w3.org/ns/prov#>
            SELECT DISTINCT ?fact WHERE { ?fact prov:wasDerivedFrom <%s> FILTER(CONTAINS(STR(?fact), "#")) }"""
            .formatted(TestCorpus.BASE + ARTICLE));
        assertEquals(20, facts.size(), "the reference article's facts");
        for (Binding f : facts) {
            String id = f.get("fact").getURI().substring(f.get("fact").getURI().indexOf('#') + 1);
            assertTrue(page.contains("<div class=\"fact\" id=\"" + id + "\">"), id + " is listed");
        }
        // Guangdong's target of 280,000 t of steel: its sentence is marked, with the amount inside it, and listed.
        String opening = "<mark class=\"fact\" title=\"production target\"><a class=\"fact-label\" href=\"#target-5\">"
            + "production target</a> ";
        int start = page.indexOf(opening);
        assertTrue(start > 0, "the sentence is marked with the fact's class");
        String sentence = page.substring(start, page.indexOf("不少。</mark>", start));
        assertTrue(sentence.contains("<mark class=\"amount\" title=\"280000 TNE\">二十八万吨</mark>"),
            "the amount is marked inside the fact's sentence: " + sentence);
        assertTrue(sentence.contains("近来连续举行会议，确定全省在"), sentence);
        String target = listed(page, "target-5");
        assertTrue(target.contains("<h3>production target</h3>"));
        assertTrue(target.contains("href=\"/place/guangdong\""), "the region links to its page");
        assertTrue(target.contains("280000 TNE"), "the quantity");
        String rally = listed(page, "meeting-4");
        assertTrue(rally.contains("动员全省人民向钢铁大进军"), "the Hunan broadcast rally's title");
        assertTrue(rally.contains("broadcast rally"), rally);
        assertTrue(rally.contains("href=\"/place/hunan/cpc-committee\""), "organised by the Hunan committee");
        String leadership = listed(page, "leadership-1");
        assertTrue(leadership.contains("<a href=\"/person/tao-zhu\""), "Tao Zhu leads");
        assertTrue(leadership.contains("first secretary"), leadership);
        String other = html("rmrb/1958-08-01/p6/河南发现大铁矿_估计储量达三十亿吨");
        assertTrue(other.contains("No campaign facts were read from this article."));
    }

    /** The listing of the fact {@code id} on an article's page. */
    private static String listed(String page, String id) {
        int start = page.indexOf("<div class=\"fact\" id=\"" + id + "\">");
        assertTrue(start >= 0, id + " is listed");
        return page.substring(start, page.indexOf("</div>", start));
    }

    @Test
    void articlePageGivesThePhotoItsCreditAndLinks() throws Exception {
        String page = html(ARTICLE);
        assertTrue(page.contains("<figure id=\"photo-1\">"));
        assertTrue(page.contains("武钢建设者决心把一号高炉提前在九月份建成出铁"), "the Chinese caption");
        assertTrue(page.contains("<span lang=\"zh\">新华社记者　杨礼门摄</span>"), "the credit");
        assertTrue(page.contains(">Yang Limen</a>"), "the photographer");
        Matcher query = Pattern.compile("<a class=\"open-query\" href=\"/query\\?query=([^\"]+)\">").matcher(page);
        assertTrue(query.find());
        assertEquals("DESCRIBE <" + BASE + ARTICLE + ">",
            java.net.URLDecoder.decode(query.group(1), StandardCharsets.UTF_8));
        assertTrue(page.contains("?format=ttl\">text/turtle</a>"));
        String translation = html(ARTICLE + "/en");
        assertTrue(translation.contains("<h1>Central South Six Provinces"), "the translation's page leads with its headline");
        assertTrue(translation.contains("钢铁巡回医疗队"), "and shows both texts");
    }

    @Test
    void entityPageListsTheArticlesThatMentionItNewestFirst() throws Exception {
        String page = html("place/henan");
        assertTrue(page.contains("<h1>Henan</h1>"));
        assertTrue(page.contains(">河南省</span>") && page.contains(">Henan Province</span>"), "names in both languages");
        assertTrue(page.contains("href=\"http://www.wikidata.org/entity/Q43684\""));
        assertTrue(page.contains(">verified</a>") && page.contains("confidence 0.95"), "how the link was made");
        assertTrue(page.contains("33.9, 113.5"), "coordinates");
        List<String> rows = all(page, "<tr><td>(\\d{4}-\\d{2}-\\d{2})</td><td><a href=\"([^\"]+)\"");
        assertEquals(3, rows.size(), "three articles mention Henan");
        List<String> dates = new ArrayList<>();
        Matcher m = Pattern.compile("<tr><td>(\\d{4}-\\d{2}-\\d{2})</td>").matcher(page);
        while (m.find())
            dates.add(m.group(1));
        assertEquals(dates.stream().sorted(java.util.Comparator.reverseOrder()).toList(), dates, "newest first");
        Matcher reference = Pattern.compile("<a href=\"/" + Pattern.quote(ARTICLE) + "\"[^>]*>[^<]*</a>\\s*</td><td class=\"words\">([^<]*)</td>").matcher(page);
        assertTrue(reference.find(), "the reference article is listed");
        assertTrue(reference.group(1).contains("河南省") && reference.group(1).contains("Henan"), reference.group(1));
        assertTrue(page.contains("Articles that mention it (3)"));
    }

    @Test
    void entityPagesArePagedAndShowWhereAPlaceLies() throws Exception {
        String second = html("place/henan?page=2");
        assertTrue(second.contains("No article mentions it.") || !second.contains("<tr><td>19"), "page 2 of 3 mentions is empty");
        assertEquals(400, get("place/henan?page=0", "text/html", null).statusCode());
        String luoyang = html("place/luoyang");
        assertTrue(luoyang.contains("<tr><th>Lies in</th><td><a href=\"/place/henan\""), "the unit it lies in");
        String qinhuangdao = html("place/qinhuangdao");
        assertTrue(qinhuangdao.contains("<span lang=\"zh\">秦皇岛市</span> (1983–)"), "a name in use since 1983");
    }

    @Test
    void dayPageListsTheIssuesArticlesByPage() throws Exception {
        String page = html("rmrb/1958-09-05");
        assertTrue(page.contains("<tr><td>1</td><td><a href=\"/" + ARTICLE + "\""), page);
        assertTrue(page.contains("<a href=\"/" + ARTICLE + "/en\""), "the translation beside it");
        List<String> pages = all(page, "<tr><td>(\\d*)</td>");
        List<String> sorted = pages.stream().sorted(java.util.Comparator.comparingInt(Integer::parseInt)).toList();
        assertEquals(sorted, pages, "by page");
    }

    @Test
    void overviewsDrawAPointPerMentionedPlaceAndBarsPerMonth() throws Exception {
        String page = html("overviews");
        List<Binding> places = select("""
            PREFIX schema: <https://schema.org/>
            SELECT DISTINCT ?place ?lat ?long WHERE { ?a schema:mentions ?place . ?place schema:latitude ?lat ; schema:longitude ?long .
              FILTER(?long >= 73 && ?long <= 135 && ?lat >= 18 && ?lat <= 54) }""");
        List<String> points = all(page, "<a href=\"([^\"]+)\"><circle class=\"place\"");
        assertEquals(places.size(), points.size(), "a point per mentioned place inside China's bounding box");
        assertTrue(page.contains("<a href=\"/place/henan\"><circle class=\"place\" cx=\"405.0\" cy=\"201.0\" r=\"4\"><title>Henan</title>"),
            "Henan (113.5 E, 33.9 N) at its place in the box");
        List<Binding> september = select("""
            PREFIX schema: <https://schema.org/>
            SELECT (COUNT(?a) AS ?n) WHERE { ?a schema:inLanguage "zh" ; schema:datePublished ?d FILTER(STRSTARTS(STR(?d), "1958-09")) }""");
        assertTrue(page.contains("<title>1958-09: " + september.get(0).get("n").getLiteralLexicalForm() + "</title>"));
        assertTrue(page.contains("<th><a href=\"/place/guangdong\""), "the campaign chart has the fact's region");
        assertTrue(page.contains("<title>targets: 1</title>"));
    }

    @Test
    void languageIsChosenByParameterCookieOrAcceptLanguage() throws Exception {
        String english = html(ARTICLE);
        assertTrue(english.contains("<h2 lang=\"zh\">Chinese original</h2>"));
        HttpResponse<byte[]> zh = get(ARTICLE + "?lang=zh", "text/html", null);
        String chinese = text(zh);
        assertTrue(chinese.contains("<html lang=\"zh\">"));
        assertTrue(chinese.contains("<h2 lang=\"zh\">中文原文</h2>"), "fixed texts in Chinese");
        assertTrue(chinese.contains("<a class=\"mention\" href=\"/place/henan\" title=\"河南省\">"), "labels in Chinese");
        String cookie = zh.headers().firstValue("Set-Cookie").orElseThrow();
        assertTrue(cookie.startsWith("lang=zh"), cookie);
        HttpResponse<byte[]> remembered = requests.send(HttpRequest.newBuilder(requests.uri("place/henan")).header("Accept", "text/html")
            .header("Cookie", "lang=zh"));
        assertTrue(text(remembered).contains("<h1>河南省</h1>"), "the cookie remembers the choice");
        HttpResponse<byte[]> accepted = get("", "text/html", "zh-CN,zh;q=0.9,en;q=0.5");
        assertTrue(text(accepted).contains("<h1>人民日报关联数据</h1>"), "Accept-Language is honoured");
        assertTrue(text(get("", "text/html", "fr-FR")).contains("<h1>People's Daily"), "English when neither is asked");
        assertTrue(english.contains("?lang=zh\" hreflang=\"zh\""), "the switch links to the other language");
        String overviews = html("overviews?lang=zh");
        assertTrue(overviews.contains("<h2>文章提及的地点</h2>") && overviews.contains("<title>河南省</title>"),
            "the overviews in Chinese, places by their Chinese names");
        assertTrue(html("overviews?lang=en").contains("<title>Henan</title>"), "and in English");
    }

    @Test
    void homePageOffersTheExampleQueriesAndTheSources() throws Exception {
        String page = html("");
        List<String> examples = all(page, "<li><a href=\"/query\\?query=([^\"]+)\">");
        String readme = Files.readString(Path.of("README.md"));
        int readmeQueries = readme.split("```sparql", -1).length - 1;
        long cqs;
        try (var files = Files.list(Path.of("ontology/competency-questions"))) {
            cqs = files.filter(f -> f.toString().endsWith(".rq")).count();
        }
        assertEquals(readmeQueries + cqs, examples.size(), "every README query and every competency question");
        String first = java.net.URLDecoder.decode(examples.get(0), StandardCharsets.UTF_8);
        assertTrue(readme.contains(first.strip()), "the README's query as it is written");
        assertTrue(page.contains("Articles per year</a>"), "titled by the README's sentence");
        assertTrue(page.contains("CQ7. Which meetings does the article report"));
        assertTrue(page.contains("yeoksayeou/baokan-files"), "where the articles come from");
        assertTrue(page.contains("href=\"/query\"") && page.contains("href=\"/overviews\""));
    }

    @Test
    void queryPageLoadsTheEditorFromTheSiteWithoutInlineScript() throws Exception {
        HttpResponse<byte[]> r = get("query?query=" + URLEncoder.encode("ASK {}", StandardCharsets.UTF_8), "text/html", null);
        assertEquals(200, r.statusCode());
        assertEquals("default-src 'self'; script-src 'self'; style-src 'self' 'unsafe-inline'; frame-ancestors 'none'",
            r.headers().firstValue("Content-Security-Policy").orElse(null), "scripts of the site alone");
        String page = text(r);
        assertTrue(page.contains("<div id=\"yasgui\" data-endpoint=\"/sparql\"></div>"));
        List<String> scripts = all(page, "<script([^>]*)>");
        assertEquals(List.of(" src=\"/assets/yasgui/yasgui.min.js\"", " src=\"/assets/query.js\""), scripts,
            "only the site's own script files, nothing inline");
        assertFalse(page.contains("<script>"));
        for (String asset : List.of("assets/yasgui/yasgui.min.js", "assets/query.js")) {
            HttpResponse<byte[]> js = get(asset, null, null);
            assertEquals(200, js.statusCode(), asset);
            assertEquals("text/javascript; charset=utf-8", js.headers().firstValue("Content-Type").orElse(null));
        }
        assertEquals("text/css; charset=utf-8", get("assets/yasgui/yasgui.min.css", null, null).headers()
            .firstValue("Content-Type").orElse(null));
        for (String refused : List.of("assets/yasgui/LICENSE", "assets/../SiteFilter.class", "assets/nothing.js"))
            assertEquals(404, get(refused, "text/html", null).statusCode(), refused);
    }

    private static List<Binding> select(String query) {
        return Txn.calculateRead(store.dataset(), () -> {
            try (QueryExec exec = QueryExec.dataset(store.dataset()).query(new ParameterizedSparqlString(query).asQuery()).build()) {
                List<Binding> rows = new ArrayList<>();
                exec.select().forEachRemaining(rows::add);
                return rows;
            }
        });
    }

    private static List<String> all(String text, String regex) {
        List<String> found = new ArrayList<>();
        Matcher m = Pattern.compile(regex, Pattern.DOTALL).matcher(text);
        while (m.find())
            found.add(m.group(1));
        return found;
    }

    private static String html(String path) throws Exception {
        HttpResponse<byte[]> r = get(path, "text/html", null);
        assertEquals(200, r.statusCode(), path);
        return text(r);
    }

    private static String text(HttpResponse<byte[]> r) {
        return new String(r.body(), StandardCharsets.UTF_8);
    }

    private static HttpResponse<byte[]> get(String path, String accept, String acceptLanguage) throws Exception {
        HttpRequest.Builder b = HttpRequest.newBuilder(requests.uri(path));
        if (accept != null)
            b.header("Accept", accept);
        if (acceptLanguage != null)
            b.header("Accept-Language", acceptLanguage);
        return requests.send(b);
    }


}
