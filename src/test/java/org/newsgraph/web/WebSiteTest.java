package org.newsgraph.web;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.zip.GZIPInputStream;

import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.graph.Triple;
import org.apache.jena.datatypes.xsd.XSDDatatype;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFLanguages;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.shacl.ValidationReport;
import org.apache.jena.shacl.vocabulary.SHACL;
import org.apache.jena.sparql.graph.GraphFactory;
import org.apache.jena.sparql.graph.NodeConst;
import org.apache.jena.vocabulary.DCAT;
import org.apache.jena.vocabulary.DCTerms;
import org.apache.jena.vocabulary.OWL;
import org.apache.jena.vocabulary.VOID;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.newsgraph.TestCorpus;
import org.newsgraph.rdf.DQV;
import org.newsgraph.rdf.SchemaOrg;
import org.newsgraph.rdf.UriScheme;
import org.newsgraph.server.NewsgraphServer;
import org.newsgraph.store.ArticleLoader;
import org.newsgraph.store.NewsgraphStore;

/** The site over the bundled corpus, through a real Fuseki on a free port and a real HTTP client. */
class WebSiteTest {

    private static final String BASE = TestCorpus.BASE;
    private static final String ARTICLE = "rmrb/1958-09-05/p1/中南六省区增强工业战线_领导重心转向钢铁";
    /** A path of each kind of resource the data mints, and the subject its description is about. */
    private static final Map<String, String> KINDS = Map.of(
        "article", ARTICLE,
        "day", "rmrb/1958-09-05",
        "place", "place/henan",
        "organisation", "organization/xinhua-news-agency",
        "person", "person/tao-zhu",
        "concept", "concept/steel",
        "source", "source/areacodes-history",
        "dataset", "dataset");
    private static final List<Representation> RDF = List.of(Representation.TURTLE, Representation.JSONLD,
        Representation.NTRIPLES, Representation.RDFXML);
    private static final String HOSTILE_TITLE = "<script>alert(\"hostile\")</script> & \"Dining\" Hall";
    private static final String HOSTILE_PATH = "rmrb/1958-12-01/p3/食堂好_hostile";

    @TempDir
    static Path dir;
    private static NewsgraphStore store;
    private static Site site;
    private static NewsgraphServer server;
    private static SiteRequests requests;

    @BeforeAll
    static void start() throws IOException {
        store = NewsgraphStore.open(dir.resolve("tdb2"));
        TestCorpus.loadInto(store);
        // A copy of a real article whose headline is markup, in both languages.
        Path hostile = Files.createDirectories(dir.resolve("hostile")).resolve("rmrb__1958.12__1958-12-01_食堂好_hostile.md.txt");
        String text = TestCorpus.read(TestCorpus.file("1958-12-01_食堂好"))
            .replace("Title: The Dining Hall is Good", "Title: " + HOSTILE_TITLE)
            .replace("### 食堂好", "### 食堂好<script>alert('zh')</script>");
        Files.writeString(hostile, text);
        assertEquals(1, ArticleLoader.builder().store(store).converter(TestCorpus.converter()).build()
            .load(List.of(hostile)).loaded(), "the edited article loads");
        Files.writeString(dir.resolve("secret.txt"), "TOP-SECRET");
        ServedSite served = ServedSite.start(store, UriScheme.of(BASE), dir.resolve("dumps"));
        site = served.site();
        server = served.server();
        requests = new SiteRequests(server.port());
    }

    @AfterAll
    static void stop() {
        server.stop();
        store.close();
    }

    @Test
    void everyKindOfResourceInEveryRdfForm() throws Exception {
        for (Map.Entry<String, String> kind : KINDS.entrySet()) {
            Node subject = NodeFactory.createURI(BASE + kind.getValue());
            for (Representation form : RDF) {
                HttpResponse<byte[]> r = get(kind.getValue(), form.mediaType());
                String what = kind.getKey() + " as " + form.mediaType();
                assertEquals(200, r.statusCode(), what);
                assertEquals(form.mediaType(), mediaType(r), what);
                assertEquals("Accept", r.headers().firstValue("Vary").orElse(null), what);
                Graph g = parse(r.body(), form);
                assertTrue(g.find(subject, Node.ANY, Node.ANY).hasNext(), what + ": nothing about " + subject);
            }
        }
    }

    @Test
    void everyKindOfResourceAsAPage() throws Exception {
        for (Map.Entry<String, String> kind : KINDS.entrySet()) {
            HttpResponse<byte[]> r = get(kind.getValue(), "text/html,application/xhtml+xml;q=0.9,*/*;q=0.8");
            assertEquals(200, r.statusCode(), kind.getKey());
            assertEquals("text/html", mediaType(r), kind.getKey());
            assertEquals("Accept, Accept-Language, Cookie", r.headers().firstValue("Vary").orElse(null), kind.getKey());
            assertEquals("default-src 'self'; frame-ancestors 'none'", r.headers().firstValue("Content-Security-Policy").orElse(null));
            assertEquals("nosniff", r.headers().firstValue("X-Content-Type-Options").orElse(null));
            String page = text(r);
            assertTrue(page.startsWith("<!DOCTYPE html>"), kind.getKey());
            assertFalse(page.contains("<script"), kind.getKey() + ": a page carries no script");
        }
        String article = text(get(ARTICLE, "text/html"));
        assertTrue(article.contains("<h1>中南六省区增强工业战线  领导重心转向钢铁</h1>") || article.contains("<h1>Central South"),
            "the article's page is titled by its headline");
        assertTrue(article.contains(">Henan</a>"), "a linked place is shown by its name");
        assertTrue(article.contains("id=\"photo-1\""), "the article's fragments are on its page");
    }

    @Test
    void anArticleComesWithItsFragmentsTheLabelsOfWhatItLinksToAndWhatLinksToIt() throws Exception {
        Graph g = parse(get(ARTICLE, "text/turtle").body(), Representation.TURTLE);
        Node article = NodeFactory.createURI(BASE + ARTICLE);
        Node translation = NodeFactory.createURI(BASE + ARTICLE + "/en");
        assertTrue(g.contains(NodeFactory.createURI(BASE + ARTICLE + "#photo-1-creator-1"), SchemaOrg.name,
            NodeFactory.createLiteralLang("杨礼门", "zh")), "a photographer, fragment of a fragment");
        assertTrue(g.find(NodeFactory.createURI(BASE + ARTICLE + "#mention-1"), Node.ANY, Node.ANY).hasNext(),
            "a mention");
        assertTrue(g.contains(NodeFactory.createURI(BASE + "place/henan"), SchemaOrg.name,
            NodeFactory.createLiteralLang("Henan", "en")), "the name of a place it links to");
        assertTrue(g.contains(translation, SchemaOrg.translationOfWork, article), "the translation links to it");
        assertTrue(g.find(translation, SchemaOrg.headline, Node.ANY).hasNext(), "with the translation's headline");
        assertFalse(g.find(translation, SchemaOrg.articleBody, Node.ANY).hasNext(),
            "but not the rest of another resource");
    }

    @Test
    void fragmentsIndexedAtStartAreThoseFoundByReadingTheGraph() {
        Node article = NodeFactory.createURI(BASE + ARTICLE);
        Graph read = new ResourceDescriber(store.dataset(), 500, BASE + "graph/authority/").describe(article).graph();
        Graph indexed = new ResourceDescriber(store.dataset(), 500, BASE + "graph/").describe(article).graph();
        assertTrue(read.find(NodeFactory.createURI(BASE + ARTICLE + "#mention-1"), Node.ANY, Node.ANY).hasNext());
        assertTrue(read.isIsomorphicWith(indexed));
    }

    @Test
    void inboundLinksAreCutAtTheLimit() {
        Node henan = NodeFactory.createURI(BASE + "place/henan");
        ResourceDescriber all = new ResourceDescriber(store.dataset(), 100_000, BASE + "graph/authority/");
        ResourceDescriber two = new ResourceDescriber(store.dataset(), 2, BASE + "graph/authority/");
        long inbound = all.describe(henan).graph().find(Node.ANY, Node.ANY, henan).toList().size();
        assertTrue(inbound > 2, "Henan is linked to " + inbound + " times");
        assertFalse(all.describe(henan).inboundCut());
        ResourceDescriber.Description cut = two.describe(henan);
        assertTrue(cut.inboundCut());
        assertEquals(2, cut.graph().find(Node.ANY, Node.ANY, henan).toList().size());
    }

    @Test
    void aCutDescriptionLinksToTheQueryForEveryInboundLink() throws Exception {
        HttpResponse<byte[]> r = get("source/areacodes-history", "text/turtle");
        assertEquals(200, r.statusCode());
        String link = r.headers().firstValue("Link").orElseThrow();
        assertTrue(link.endsWith(">; rel=\"related\"; title=\"every triple linking here\""), link);
        Node source = NodeFactory.createURI(BASE + "source/areacodes-history");
        assertEquals(Site.DEFAULT_INBOUND_LIMIT, parse(r.body(), Representation.TURTLE)
            .find(Node.ANY, Node.ANY, source).toList().size());
        String query = link.substring(1, link.indexOf('>'));
        HttpResponse<byte[]> all = requests.send(HttpRequest.newBuilder(URI.create("http://localhost:" + server.port() + query))
            .header("Accept", "text/csv"));
        assertEquals(200, all.statusCode());
        assertTrue(text(all).lines().count() - 1 > Site.DEFAULT_INBOUND_LIMIT);
        assertTrue(text(get("source/areacodes-history", "text/html")).contains("class=\"cut\""));
        assertTrue(get("place/henan", "text/turtle").headers().firstValue("Link").isEmpty());
    }

    @Test
    void headAnswersTheHeadersAlone() throws Exception {
        HttpResponse<byte[]> get = get("place/henan", "text/turtle");
        HttpResponse<byte[]> head = requests.send(HttpRequest.newBuilder(requests.uri("place/henan")).header("Accept", "text/turtle")
            .method("HEAD", HttpRequest.BodyPublishers.noBody()));
        assertEquals(200, head.statusCode());
        assertEquals(0, head.body().length);
        assertEquals(Integer.toString(get.body().length), head.headers().firstValue("Content-Length").orElse(null));
        HttpResponse<byte[]> folder = get("dumps", "text/html");
        assertEquals(301, folder.statusCode());
        assertEquals("/dumps/", folder.headers().firstValue("Location").orElse(null));
    }

    @Test
    void formatParameterOverridesAccept() throws Exception {
        for (Representation form : Representation.values()) {
            HttpResponse<byte[]> r = get("place/henan?format=" + form.formatName(), "application/rdf+xml;q=0.1");
            assertEquals(200, r.statusCode(), form.formatName());
            assertEquals(form.mediaType(), mediaType(r), form.formatName());
        }
        assertEquals(400, get("place/henan?format=docx", "text/turtle").statusCode());
    }

    @Test
    void acceptHeaderChoosesByQuality() throws Exception {
        assertEquals("application/ld+json", mediaType(get("place/henan", "text/turtle;q=0.5, application/ld+json")));
        assertEquals("text/turtle", mediaType(get("place/henan", "*/*")));
        assertEquals("text/html", mediaType(get("place/henan", "text/*;q=0.5, text/html")));
    }

    @Test
    void nothingAcceptableIs406() throws Exception {
        HttpResponse<byte[]> r = get("place/henan", "image/png");
        assertEquals(406, r.statusCode());
        assertEquals("Accept", r.headers().firstValue("Vary").orElse(null));
        assertEquals(406, get(".well-known/void", "application/pdf").statusCode());
    }

    @Test
    void anUnknownUriIs404() throws Exception {
        HttpResponse<byte[]> page = get("place/atlantis", "text/html");
        assertEquals(404, page.statusCode());
        assertEquals("text/html", mediaType(page));
        assertTrue(text(page).contains("SPARQL endpoint"), "the page says where to look");
        assertEquals("Accept, Accept-Language, Cookie", page.headers().firstValue("Vary").orElse(null));
        HttpResponse<byte[]> turtle = get("place/atlantis", "text/turtle");
        assertEquals(404, turtle.statusCode());
        assertEquals("text/turtle", mediaType(turtle));
        assertEquals(0, parse(turtle.body(), Representation.TURTLE).size());
    }

    @Test
    void aHostileHeadlineIsShownAsText() throws Exception {
        HttpResponse<byte[]> r = get(HOSTILE_PATH + "/en", "text/html");
        assertEquals(200, r.statusCode());
        String page = text(r);
        assertFalse(page.contains("<script"), page);
        assertTrue(page.contains("<h1>&lt;script&gt;alert(\"hostile\")&lt;/script&gt; &amp; \"Dining\" Hall</h1>"), page);
        assertEquals("default-src 'self'; frame-ancestors 'none'", r.headers().firstValue("Content-Security-Policy").orElse(null));
        assertEquals("nosniff", r.headers().firstValue("X-Content-Type-Options").orElse(null));
        String original = text(get(HOSTILE_PATH, "text/html"));
        assertFalse(original.contains("<script"));
        assertTrue(original.contains("食堂好&lt;script&gt;"));
        assertTrue(original.contains("<div class=\"pair\"") && page.contains("<div class=\"pair\""), "the article pages, texts and all");
    }

    @Test
    void aNamedGraphIsServedByTheGraphStoreProtocol() throws Exception {
        HttpResponse<byte[]> r = get("graph/" + ARTICLE, "text/turtle");
        assertEquals(303, r.statusCode());
        String location = r.headers().firstValue("Location").orElseThrow();
        assertEquals("/get?graph=" + URLEncoder.encode(BASE + "graph/" + ARTICLE, StandardCharsets.UTF_8), location);
        HttpResponse<byte[]> graph = requests.send(HttpRequest.newBuilder(URI.create("http://localhost:" + server.port() + location))
            .header("Accept", "text/turtle"));
        assertEquals(200, graph.statusCode());
        assertTrue(parse(graph.body(), Representation.TURTLE).size() > 20);
    }

    @Test
    void theEndpointsKeepWorking() throws Exception {
        HttpResponse<byte[]> ask = get("sparql?query=" + URLEncoder.encode("ASK { ?s ?p ?o }", StandardCharsets.UTF_8),
            "application/sparql-results+json");
        assertEquals(200, ask.statusCode());
        assertTrue(text(ask).contains("true"));
        HttpResponse<byte[]> union = get("get?default", "application/n-triples");
        assertEquals(200, union.statusCode());
        assertTrue(parse(union.body(), Representation.NTRIPLES).size() > 1000);
    }

    @Test
    void theSiteIsReadOnly() throws Exception {
        HttpResponse<byte[]> r = requests.send(HttpRequest.newBuilder(requests.uri("place/henan"))
            .header("Content-Type", "text/turtle").POST(HttpRequest.BodyPublishers.ofString("<a:b> <a:c> <a:d> .")));
        assertEquals(405, r.statusCode());
    }

    @Test
    void homePageCountsAndLinks() throws Exception {
        HttpResponse<byte[]> r = get("", "text/html");
        assertEquals(200, r.statusCode());
        String page = text(r);
        DatasetStatistics s = site.statistics().orElseThrow();
        assertEquals(33, s.articles(), "the 32 bundled articles and the edited copy");
        assertEquals(count("SELECT (COUNT(DISTINCT ?a) AS ?n) { ?a a <https://schema.org/NewsArticle> ; "
            + "<https://schema.org/inLanguage> 'zh' }"), s.articles());
        assertEquals(count("SELECT (COUNT(*) AS ?n) { ?s ?p ?o }"), s.triples());
        assertEquals(count("SELECT (COUNT(DISTINCT ?s) AS ?n) { ?s <" + OWL.sameAs.getURI() + "> ?o "
            + "FILTER(STRSTARTS(STR(?o), 'http://www.wikidata.org/entity/')) }"), s.wikidataLinkedEntities());
        assertTrue(page.contains("<td>" + s.articles() + "</td>"));
        assertTrue(page.contains("<td>" + s.triples() + "</td>"));
        assertTrue(page.contains("<td>" + s.wikidataLinkedEntities() + "</td>"));
        for (String link : List.of("href=\"/sparql\"", "href=\"/dumps/\"", "href=\"/.well-known/void\"",
                "href=\"/ontology/newsgraph.ttl\"", "href=\"/dumps/validation-report.ttl\""))
            assertTrue(page.contains(link), link);
        assertEquals("default-src 'self'; frame-ancestors 'none'", r.headers().firstValue("Content-Security-Policy").orElse(null));
        HttpResponse<byte[]> css = get("assets/site.css", "text/css");
        assertEquals(200, css.statusCode());
        assertEquals("text/css", mediaType(css));
    }

    @Test
    void voidCountsAreTheAnswersOfSparql() throws Exception {
        HttpResponse<byte[]> r = get(".well-known/void", null);
        assertEquals(200, r.statusCode());
        assertEquals("text/turtle", mediaType(r), "Turtle by default");
        Graph g = parse(r.body(), Representation.TURTLE);
        Node dataset = NodeFactory.createURI(BASE + "dataset");
        assertEquals(count("SELECT (COUNT(*) AS ?n) { ?s ?p ?o }"), number(g, dataset, VOID.triples.asNode()));
        assertEquals(count("SELECT (COUNT(DISTINCT ?s) AS ?n) { ?s ?p ?o FILTER(isIRI(?s)) }"),
            number(g, dataset, VOID.entities.asNode()));
        Node linkset = one(g, dataset, VOID.subset.asNode());
        assertEquals(OWL.sameAs.asNode(), one(g, linkset, VOID.linkPredicate.asNode()));
        long links = count("SELECT (COUNT(*) AS ?n) { ?s <" + OWL.sameAs.getURI() + "> ?o "
            + "FILTER(STRSTARTS(STR(?o), 'http://www.wikidata.org/entity/')) }");
        assertTrue(links > 100, links + " links to Wikidata");
        assertEquals(links, number(g, linkset, VOID.triples.asNode()));
        assertEquals(NodeFactory.createURI(BASE + "sparql"), one(g, dataset, VOID.sparqlEndpoint.asNode()));
        for (String vocabulary : List.of("https://schema.org/", "https://w3id.org/newsgraph/ns#", "http://www.w3.org/ns/oa#"))
            assertTrue(g.contains(dataset, VOID.vocabulary.asNode(), NodeFactory.createURI(vocabulary)), vocabulary);
        HttpResponse<byte[]> terms = get("sparql?query=" + URLEncoder.encode(
            "SELECT DISTINCT ?term { { ?s ?term ?o } UNION { ?s a ?term } }", StandardCharsets.UTF_8), "text/csv");
        Set<String> used = new TreeSet<>();
        text(terms).lines().skip(1).map(String::trim).filter(t -> t.startsWith("http"))
            .forEach(t -> used.add(NodeFactory.createURI(t).getNameSpace()));
        assertEquals(used, new TreeSet<>(g.find(dataset, VOID.vocabulary.asNode(), Node.ANY)
            .mapWith(t -> t.getObject().getURI()).toSet()),
            "the namespaces of every predicate and class");
        assertTrue(g.find(dataset, NodeFactory.createURI("http://purl.org/dc/terms/rights"), Node.ANY).hasNext());

        List<Node> distributions = g.find(dataset, DCAT.distribution.asNode(), Node.ANY).mapWith(Triple::getObject).toList();
        assertEquals(4, distributions.size());
        for (Node d : distributions) {
            Node url = one(g, d, DCAT.downloadURL.asNode());
            assertTrue(g.contains(dataset, VOID.dataDump.asNode(), url));
            assertTrue(url.getURI().startsWith(BASE + "dumps/newsgraph."), url.getURI());
            HttpResponse<byte[]> file = get(url.getURI().substring(BASE.length()), null);
            assertEquals(200, file.statusCode(), url.getURI());
            assertEquals(file.body().length, number(g, d, DCAT.byteSize.asNode()), url.getURI());
            assertTrue(one(g, d, DCAT.mediaType.asNode()).getURI().startsWith("https://www.iana.org/assignments/media-types/"));
        }
        Node report = NodeFactory.createURI(BASE + "dumps/" + DumpFolder.VALIDATION_REPORT);
        assertEquals(report, one(g, dataset, DQV.hasQualityMetadata));
        assertTrue(g.contains(report, NodeConst.nodeRDFType, DQV.QualityMetadata));
        assertEquals(get("dumps/" + DumpFolder.VALIDATION_REPORT, null).body().length,
            number(g, report, DCAT.byteSize.asNode()));
        assertEquals(NodeFactory.createURI(BASE + "ontology/shapes.ttl"), one(g, dataset, DCTerms.conformsTo.asNode()),
            "the bundled corpus conforms to the shapes");
        assertEquals(g.size(), parse(get("dataset", "application/n-triples").body(), Representation.NTRIPLES).size(),
            "the dataset's URI serves the same description");
    }

    @Test
    void dumpsAreListedAndServedWithTheirChecksums() throws Exception {
        HttpResponse<byte[]> listing = get("dumps/", "text/html");
        assertEquals(200, listing.statusCode());
        String page = text(listing);
        for (Dump d : site.dumps().dumps()) {
            assertTrue(page.contains("href=\"" + d.fileName() + "\""), d.fileName());
            assertTrue(page.contains(d.sha256()), d.fileName());
            assertTrue(page.contains("<td>" + d.bytes() + "</td>"), d.fileName());
            HttpResponse<byte[]> file = get("dumps/" + d.fileName(), null);
            assertEquals(200, file.statusCode());
            assertEquals("application/gzip", mediaType(file));
            assertEquals(Long.toString(d.bytes()), file.headers().firstValue("Content-Length").orElse(null));
            assertEquals("bytes", file.headers().firstValue("Accept-Ranges").orElse(null));
            assertEquals(d.sha256(), HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(file.body())));
        }
        Dump turtle = site.dumps().file("newsgraph.ttl.gz").orElseThrow();
        byte[] whole = get("dumps/newsgraph.ttl.gz", null).body();
        Graph g = GraphFactory.createDefaultGraph();
        RDFParser.source(new GZIPInputStream(new ByteArrayInputStream(whole))).lang(Lang.TURTLE).parse(g);
        assertEquals(turtle.statements(), g.size());
        assertEquals(count("SELECT (COUNT(*) AS ?n) { ?s ?p ?o }"), g.size());
    }

    @Test
    void theValidationReportIsListedAndServedBesideTheDumps() throws Exception {
        Dump d = site.dumps().validationReport().orElseThrow();
        String listing = text(get("dumps/", "text/html"));
        assertTrue(listing.contains("href=\"" + DumpFolder.VALIDATION_REPORT + "\""));
        assertTrue(listing.contains(d.sha256()));
        HttpResponse<byte[]> file = get("dumps/" + DumpFolder.VALIDATION_REPORT, null);
        assertEquals(200, file.statusCode());
        assertEquals("text/turtle", mediaType(file));
        assertEquals(Long.toString(d.bytes()), file.headers().firstValue("Content-Length").orElse(null));
        assertEquals(d.sha256(), HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(file.body())));
        Graph g = parse(file.body(), Representation.TURTLE);
        assertEquals(d.statements(), g.size());
        ValidationReport report = ValidationReport.fromGraph(g);
        assertTrue(report.conforms(), "the bundled corpus conforms to the shapes: " + report.getEntries());
        assertTrue(g.contains(Node.ANY, SHACL.conforms, NodeFactory.createLiteralDT("true", XSDDatatype.XSDboolean)));
    }

    @Test
    void dumpDownloadsResume() throws Exception {
        Dump dump = site.dumps().file("newsgraph.nq.gz").orElseThrow();
        byte[] whole = get("dumps/newsgraph.nq.gz", null).body();
        HttpResponse<byte[]> part = requests.send(HttpRequest.newBuilder(requests.uri("dumps/newsgraph.nq.gz")).header("Range", "bytes=100-199"));
        assertEquals(206, part.statusCode());
        assertEquals("bytes 100-199/" + dump.bytes(), part.headers().firstValue("Content-Range").orElse(null));
        assertEquals("100", part.headers().firstValue("Content-Length").orElse(null));
        assertArrayEquals(Arrays.copyOfRange(whole, 100, 200), part.body());
        HttpResponse<byte[]> rest = requests.send(HttpRequest.newBuilder(requests.uri("dumps/newsgraph.nq.gz")).header("Range", "bytes=1000-"));
        assertEquals(206, rest.statusCode());
        assertArrayEquals(Arrays.copyOfRange(whole, 1000, whole.length), rest.body());
        HttpResponse<byte[]> beyond = requests.send(HttpRequest.newBuilder(requests.uri("dumps/newsgraph.nq.gz"))
            .header("Range", "bytes=" + dump.bytes() + "-"));
        assertEquals(416, beyond.statusCode());
        assertEquals("bytes */" + dump.bytes(), beyond.headers().firstValue("Content-Range").orElse(null));
    }

    @Test
    void noPathLeavesTheDumpFolder() throws Exception {
        Path secret = dir.resolve("secret.txt").toAbsolutePath();
        for (String path : List.of("/dumps/../secret.txt", "/dumps/%2e%2e/secret.txt", "/dumps/%2E%2E/secret.txt",
                "/dumps/..%2fsecret.txt", "/dumps/..%2Fsecret.txt", "/dumps/%2e%2e%2fsecret.txt",
                "/dumps/" + secret, "/dumps/" + URLEncoder.encode(secret.toString(), StandardCharsets.UTF_8),
                "/dumps//" + secret, "/dumps/..\\secret.txt", "/dumps/" + DumpFolder.SIDECAR,
                "/dumps/../tdb2/tdb.lock", "/dumps/%252e%252e/secret.txt")) {
            HttpResponse<byte[]> r = requests.send(HttpRequest.newBuilder(
                URI.create("http://localhost:" + server.port() + path.replace("\\", "%5C"))));
            assertTrue(r.statusCode() == 400 || r.statusCode() == 404, path + ": " + r.statusCode());
            String body = new String(r.body(), StandardCharsets.UTF_8);
            assertFalse(body.contains("TOP-SECRET") || body.contains("store.quads"), path);
        }
    }

    @Test
    void ontologyFilesAreServed() throws Exception {
        HttpResponse<byte[]> turtle = get("ontology/newsgraph.ttl", "text/turtle");
        assertEquals(200, turtle.statusCode());
        assertEquals("text/turtle", mediaType(turtle));
        assertArrayEquals(Files.readAllBytes(Path.of("ontology/newsgraph.ttl")), turtle.body(), "the file as written");
        HttpResponse<byte[]> page = get("ontology/newsgraph.ttl", "text/html");
        assertEquals(200, page.statusCode());
        assertTrue(text(page).contains("stated date published"));
        Graph jsonld = parse(get("ontology/newsgraph.ttl", "application/ld+json").body(), Representation.JSONLD);
        assertTrue(jsonld.contains(NodeFactory.createURI("https://w3id.org/newsgraph/ns#column"), Node.ANY, Node.ANY));
        assertEquals(404, get("ontology/nothing.ttl", "text/turtle").statusCode());
    }

    private static long count(String query) throws Exception {
        HttpResponse<byte[]> r = get("sparql?query=" + URLEncoder.encode(query, StandardCharsets.UTF_8), "text/csv");
        assertEquals(200, r.statusCode(), query);
        return Long.parseLong(text(r).lines().skip(1).findFirst().orElseThrow().trim());
    }

    private static Node one(Graph g, Node s, Node p) {
        List<Node> objects = g.find(s, p, Node.ANY).mapWith(Triple::getObject).toList();
        assertEquals(1, objects.size(), s + " " + p + ": " + objects);
        return objects.get(0);
    }

    private static long number(Graph g, Node s, Node p) {
        return Long.parseLong(one(g, s, p).getLiteralLexicalForm());
    }

    private static Graph parse(byte[] body, Representation form) {
        Graph g = GraphFactory.createDefaultGraph();
        Lang lang = RDFLanguages.contentTypeToLang(form.mediaType());
        RDFParser.source(new ByteArrayInputStream(body)).lang(lang).base(BASE).parse(g);
        return g;
    }

    private static String mediaType(HttpResponse<?> r) {
        return r.headers().firstValue("Content-Type").orElse("").replaceFirst(";.*", "").trim();
    }

    private static String text(HttpResponse<byte[]> r) {
        return new String(r.body(), StandardCharsets.UTF_8);
    }

    private static HttpResponse<byte[]> get(String path, String accept) throws Exception {
        HttpRequest.Builder b = HttpRequest.newBuilder(requests.uri(path));
        if (accept != null)
            b.header("Accept", accept);
        return requests.send(b);
    }


}
