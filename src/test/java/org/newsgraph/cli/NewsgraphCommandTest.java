package org.newsgraph.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.zip.GZIPInputStream;

import java.util.Set;

import org.apache.jena.atlas.json.JSON;
import org.apache.jena.atlas.json.JsonArray;
import org.apache.jena.atlas.json.JsonObject;
import org.apache.jena.graph.Graph;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.sparql.graph.GraphFactory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.newsgraph.TestCorpus;
import org.newsgraph.store.NewsgraphStore;

class NewsgraphCommandTest {

    @TempDir
    Path dir;

    private final CommandRun cli = new CommandRun();

    private int run(String... args) { return cli.run(args); }

    @Test
    void helpAndVersion() {
        assertEquals(0, run("--help"));
        assertTrue(cli.out().contains("load") && cli.out().contains("serve") && cli.out().contains("dump")
            && cli.out().contains("validate"), cli.out());
        assertEquals(0, run("--version"));
        assertTrue(cli.out().contains("newsgraph 0."), cli.out());
    }

    @Test
    void usageErrorsExitWithTwo() {
        assertEquals(2, run());
        assertEquals(2, run("--no-such-option"));
        assertEquals(2, run("load"));
        assertEquals(2, run("dump", "--format", "rdfxml"));
        assertTrue(cli.err().contains("unknown format 'rdfxml'"), cli.err());
        assertEquals(2, run("serve", "--port", "70000", "--store", dir.resolve("s").toString()));
        assertEquals(2, run("validate", "--base", "not a uri", "corpus"));
    }

    @Test
    void loadReportsAndExitsWithOneWhenAFileIsRejected() throws Exception {
        Path bad = Files.writeString(dir.resolve("rmrb__1958.09__1958-09-07_坏.md.txt"), "Title: x\n");
        Path store = dir.resolve("tdb2");
        int code = run("load", "--store", store.toString(), TestCorpus.REFERENCE.toString(), bad.toString());
        assertEquals(1, code);
        assertTrue(cli.out().contains("loaded 1 articles, 1 failed"), cli.out());
        assertTrue(cli.err().contains(bad + ":1: no 'Date:' line"), cli.err());
        assertEquals(0, run("load", "--store", store.toString(), TestCorpus.REFERENCE.toString()));
    }

    @Test
    void reloadingSkipsUnchangedFilesAndCompactionShrinksTheStore() throws Exception {
        Path store = dir.resolve("tdb2");
        String reference = TestCorpus.REFERENCE.toString();
        assertEquals(0, run("load", "--store", store.toString(), reference));
        assertEquals(0, run("load", "--store", store.toString(), reference));
        assertTrue(cli.out().contains("loaded 0 articles, 0 failed, 1 unchanged"), cli.out());
        assertEquals(0, run("load", "--store", store.toString(), "--force", "--compact", reference));
        assertTrue(cli.out().contains("loaded 1 articles, 0 failed, 0 unchanged"), cli.out());
        // What compaction gives back is checked in ArticleLoaderTest; here, that the command runs it.
        assertTrue(cli.out().contains("compacted " + store), cli.out());
        assertEquals(1, run("compact", "--store", dir.resolve("none").toString()));
        assertTrue(cli.err().contains("no store here"), cli.err());
    }

    @Test
    void loadThenDumpEveryFormat() throws Exception {
        Path store = dir.resolve("tdb2");
        assertEquals(0, run("load", "--store", store.toString(), "corpus"));
        assertTrue(cli.out().contains("loaded 32 articles, 0 failed"), cli.out());
        for (String format : new String[] {"turtle", "ntriples", "nquads", "trig", "jsonld"}) {
            Path file = dir.resolve("dump." + format + ".gz");
            assertEquals(0, run("dump", "--store", store.toString(), "--format", format, "--gzip", "--out", file.toString()),
                cli.err());
            Graph g = GraphFactory.createDefaultGraph();
            try (var in = new GZIPInputStream(Files.newInputStream(file))) {
                var ds = org.apache.jena.sparql.core.DatasetGraphFactory.create();
                RDFParser.source(in).lang(org.newsgraph.store.DumpFormat.of(format).lang()).parse(ds);
                ds.find().forEachRemaining(q -> g.add(q.asTriple()));
            }
            assertTrue(g.size() > 900, format + ": " + g.size());
            assertTrue(Files.notExists(dir.resolve("dump." + format + ".gz.partial")));
        }
    }

    @Test
    void aStoreKeepsTheBaseItWasLoadedUnder() {
        Path store = dir.resolve("tdb2");
        assertEquals(0, run("load", "--store", store.toString(), "--base", "https://example.org/ng/",
            TestCorpus.REFERENCE.toString()));
        assertEquals(2, run("load", "--store", store.toString(), TestCorpus.REFERENCE.toString()));
        assertTrue(cli.err().contains("holds data published under https://example.org/ng/, not http://localhost:3030/"),
            cli.err());
        assertEquals(2, run("serve", "--store", store.toString(), "--port", "0"));
        assertEquals(0, run("load", "--store", store.toString(), "--base", "https://example.org/ng",
            TestCorpus.REFERENCE.toString()));
    }

    @Test
    void dumpOfAMissingStoreFails() {
        assertEquals(1, run("dump", "--store", dir.resolve("none").toString(), "--format", "turtle"));
        assertTrue(cli.err().contains("no store here"), cli.err());
    }

    @Test
    void validateReportsProblemsWithoutStoring() throws Exception {
        Path store = dir.resolve("tdb2");
        assertEquals(0, run("validate", "--store", store.toString(), "corpus"));
        assertTrue(cli.out().contains("32 articles: 32 good, 0 rejected"), cli.out());
        Path crlf = Files.writeString(dir.resolve("rmrb__1958.09__1958-09-05_x.md.txt"),
            TestCorpus.read(TestCorpus.REFERENCE).replace("\n", "\r\n"));
        assertEquals(1, run("validate", "--store", store.toString(), crlf.toString(), TestCorpus.REFERENCE.toString()));
        assertTrue(cli.out().contains(crlf + ":1: CRLF line end"), cli.out());
        assertTrue(cli.out().contains("2 articles: 1 good, 1 rejected"), cli.out());
        assertTrue(Files.notExists(store), "validate neither creates nor opens the store it is given");
    }

    @Test
    void gazetteerIsRebuiltFromItsSources() throws Exception {
        Path file = dir.resolve("gazetteer.ttl");
        assertEquals(0, run("gazetteer", "--out", file.toString()));
        Graph g = GraphFactory.createDefaultGraph();
        RDFParser.source(file).base(TestCorpus.BASE).parse(g);
        Graph published = GraphFactory.createDefaultGraph();
        RDFParser.source(Path.of("rdf", "gazetteer.ttl")).base(TestCorpus.BASE).parse(published);
        assertTrue(org.apache.jena.sparql.util.IsoMatcher.isomorphic(published, g));
        assertEquals("wrote " + g.size() + " triples to " + file + System.lineSeparator(), cli.out());
        assertTrue(Files.notExists(dir.resolve("gazetteer.ttl.partial")));
        assertEquals(1, run("gazetteer", "--sources", dir.resolve("none").toString(), "--out", file.toString()));
    }

    @Test
    void extractPrintsTheFixedJsonShape() throws Exception {
        assertEquals(0, run("extract", TestCorpus.REFERENCE.toString()), cli.err());
        JsonObject json = JSON.parse(cli.out());
        JsonObject henan = json.get("mentions").getAsArray().stream().map(v -> v.getAsObject())
            .filter(o -> o.get("text").getAsString().value().equals("河南省")).findFirst().orElseThrow();
        assertEquals(Set.of("text", "lang", "begin", "end", "entity", "label", "kind", "wikidata"), henan.keys());
        assertEquals("zh", henan.get("lang").getAsString().value());
        assertEquals(120, henan.get("begin").getAsNumber().value().intValue());
        assertEquals(123, henan.get("end").getAsNumber().value().intValue());
        assertEquals("Q43684", henan.get("wikidata").getAsString().value());
        assertEquals("Province", henan.get("kind").getAsString().value());
        JsonObject steel = json.get("quantities").getAsArray().get(0).getAsObject();
        assertEquals(Set.of("text", "lang", "begin", "end", "value", "min", "max", "unit", "per"), steel.keys());
        assertEquals("一千零七十万吨", steel.get("text").getAsString().value());
        assertEquals(10_700_000L, steel.get("value").getAsNumber().value().longValue());
        assertTrue(steel.get("min").isNull());
        assertEquals("TNE", steel.get("unit").getAsString().value());
        JsonObject day = json.get("dates").getAsArray().get(0).getAsObject();
        assertEquals(Set.of("text", "lang", "begin", "end", "value", "from", "to"), day.keys());
        assertEquals("1958-09-04", day.get("value").getAsString().value());
    }

    @Test
    void extractPrintsTheCampaignFactsWithTheirEvidenceAndTheSentencesLeftOut() throws Exception {
        assertEquals(0, run("extract", TestCorpus.REFERENCE.toString()), cli.err());
        JsonObject json = JSON.parse(cli.out());
        JsonObject guangdong = json.get("facts").getAsArray().stream().map(v -> v.getAsObject())
            .filter(o -> o.get("class").getAsString().value().equals("Target")
                && o.get("quantity").getAsObject().get("text").getAsString().value().equals("二十八万吨"))
            .findFirst().orElseThrow();
        assertTrue(guangdong.get("id").getAsString().value().matches("target-\\d+"), guangdong.toString());
        assertEquals("steel", guangdong.get("commodity").getAsString().value());
        assertEquals("assignedTask", guangdong.get("kind").getAsString().value());
        assertEquals("年底前", guangdong.get("deadline").getAsObject().get("text").getAsString().value());
        assertEquals(TestCorpus.BASE + "place/guangdong", guangdong.get("regions").getAsArray().get(0).getAsString().value());
        // The meeting that set it is named by its id, as the graph names it.
        String meeting = guangdong.get("setAt").getAsString().value();
        assertTrue(json.get("facts").getAsArray().stream().anyMatch(v -> v.getAsObject().get("id").getAsString().value()
            .equals(meeting) && v.getAsObject().get("class").getAsString().value().equals("Meeting")), meeting);
        JsonArray evidence = guangdong.get("evidence").getAsArray();
        assertEquals(Set.of("text", "lang", "begin", "end"), evidence.get(0).getAsObject().keys());
        assertEquals("zh", evidence.get(0).getAsObject().get("lang").getAsString().value());
        assertTrue(evidence.get(0).getAsObject().get("text").getAsString().value().contains("二十八万吨"));
        assertTrue(evidence.get(1).getAsObject().get("text").getAsString().value().contains("280,000 tons"));
        assertTrue(guangdong.get("confidence").getAsNumber().value().doubleValue() > 0);
        JsonObject leftOut = json.get("leftOut").getAsArray().get(0).getAsObject();
        assertEquals(Set.of("text", "lang", "begin", "end", "reason"), leftOut.keys());
    }

    @Test
    void extractReadsPlainTextFromStandardInput() {
        var stdin = System.in;
        try {
            System.setIn(new java.io.ByteArrayInputStream("Luoyang and 4日".getBytes(java.nio.charset.StandardCharsets.UTF_8)));
            assertEquals(0, run("extract", "-"));
        } finally {
            System.setIn(stdin);
        }
        JsonObject json = JSON.parse(cli.out());
        assertEquals(0, json.get("mentions").getAsArray().size(), "Han characters make the text Chinese: no English names");
        JsonObject day = json.get("dates").getAsArray().get(0).getAsObject();
        assertEquals("4日", day.get("text").getAsString().value());
        assertTrue(day.get("value").isNull(), "no paper date to resolve it against");
        assertEquals(0, json.get("facts").getAsArray().size(), "facts are read from articles only");
    }

    private static final String NO_ARTICLE_FILES = ": no article files (names like …YYYY-MM-DD_title.md or .md.txt); ";

    @Test
    void aFolderOfNotesIsRefusedAndLeavesTheStoreAlone() throws Exception {
        Path notes = Files.createDirectories(dir.resolve("notes"));
        Files.writeString(notes.resolve("SOURCES.md"), "# Sources\n");
        Files.writeString(notes.resolve("1958-09-05.txt"), "dated, but not an article's name\n");
        Files.writeString(Files.createDirectories(notes.resolve("1958")).resolve("todo.md"), "- more\n");
        Path store = dir.resolve("tdb2");
        assertEquals(0, run("load", "--store", store.toString(), TestCorpus.REFERENCE.toString()));
        long graphs = graphCount(store);
        cli.clearOut();

        assertEquals(1, run("load", "--store", store.toString(), notes.toString()));
        assertTrue(cli.err().contains(notes + NO_ARTICLE_FILES + "3 other files left alone"), cli.err());
        assertTrue(!cli.out().contains("loaded"), "nothing is loaded: " + cli.out());
        assertEquals(graphs, graphCount(store));

        assertEquals(1, run("validate", notes.toString()));
        assertTrue(cli.out().contains(notes + NO_ARTICLE_FILES + "3 other files left alone"), cli.out());
    }

    @Test
    void anEmptyFolderIsRefused() throws Exception {
        Path empty = Files.createDirectories(dir.resolve("empty"));
        Path store = dir.resolve("tdb2");
        assertEquals(1, run("load", "--store", store.toString(), empty.toString()));
        assertTrue(cli.err().contains(empty + NO_ARTICLE_FILES + "the folder is empty"), cli.err());
        assertTrue(Files.notExists(store), "no store is created for nothing to load");
        assertEquals(1, run("validate", empty.toString()));
        assertTrue(cli.out().contains(empty + NO_ARTICLE_FILES + "the folder is empty"), cli.out());
    }

    @Test
    void inAFolderTheArticleIsTakenAndTheNoteLeftAlone() throws Exception {
        Path folder = Files.createDirectories(dir.resolve("mixed"));
        Files.copy(TestCorpus.REFERENCE, folder.resolve(TestCorpus.REFERENCE.getFileName()));
        Files.writeString(folder.resolve("SOURCES.md"), "# Sources\n");
        Path store = dir.resolve("tdb2");
        assertEquals(0, run("load", "--store", store.toString(), folder.toString()), cli.err());
        assertTrue(cli.out().contains("loaded 1 articles, 0 failed"), cli.out());
        assertEquals(0, run("validate", folder.toString()), cli.out());
        assertTrue(cli.out().contains("1 articles: 1 good, 0 rejected"), cli.out());

        Path empty = Files.createDirectories(dir.resolve("empty"));
        cli.clearOut();
        assertEquals(1, run("load", "--store", store.toString(), folder.toString(), empty.toString()));
        assertTrue(cli.err().contains(empty + NO_ARTICLE_FILES + "the folder is empty"), cli.err());
        assertTrue(cli.out().contains("loaded 0 articles, 0 failed, 1 unchanged"), "the rest is still taken: " + cli.out());
    }

    private static long graphCount(Path store) {
        try (NewsgraphStore s = NewsgraphStore.open(store)) {
            return s.graphCount();
        }
    }

    @Test
    void aMissingInputIsNamed() {
        assertEquals(1, run("validate", dir.resolve("missing").toString()));
        assertTrue(cli.err().contains("missing: no such file or folder"), cli.err());
    }

}
