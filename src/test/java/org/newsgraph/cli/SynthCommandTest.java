package org.newsgraph.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

import org.apache.jena.riot.system.StreamRDFLib;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.DatasetGraphFactory;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.newsgraph.TestCorpus;
import org.newsgraph.article.ArticleFiles;
import org.newsgraph.article.Language;
import org.newsgraph.extract.EntityKind;
import org.newsgraph.extract.Mention;
import org.newsgraph.rdf.ArticleConverter;
import org.newsgraph.rdf.ArticleConverter.Converted;
import org.newsgraph.rdf.ArticleShapes;
import org.newsgraph.rdf.AuthorityData;
import org.newsgraph.rdf.UriClaims;
import org.newsgraph.rdf.UriScheme;
import org.newsgraph.synth.BilingualName;
import org.newsgraph.synth.SyntheticCorpus;

/** {@code synth}: what it writes is the archive's format through and through, for every stage after it. */
class SynthCommandTest {

    private static AuthorityData authority;
    private static ArticleConverter converter;

    @TempDir
    Path dir;

    private final CommandRun cli = new CommandRun();

    @BeforeAll
    static void readAuthorityData() throws Exception {
        UriScheme uris = UriScheme.of(TestCorpus.BASE);
        authority = AuthorityData.load(TestCorpus.AUTHORITY, uris);
        converter = ArticleConverter.create(uris, authority);
    }

    private int run(String... args) { return cli.run(args); }

    @Test
    void everySyntheticArticleParsesConvertsAndConformsToTheShapes() throws Exception {
        Path corpus = dir.resolve("synthetic");
        assertEquals(0, run("synth", "--articles", "300", "--per-month", "20", "--seed", "42", "--out",
            corpus.toString()), cli.err());
        assertTrue(cli.out().contains("300 synthetic articles"), cli.out());
        assertTrue(Files.readString(corpus.resolve(SyntheticCorpus.NOTICE)).contains("Never publish them"));

        ArticleShapes shapes = ArticleShapes.loadBundled();
        UriClaims claims = new UriClaims();
        List<Path> files = ArticleFiles.find(List.of(corpus)).files();
        assertEquals(300, files.size());
        Set<String> provinces = new TreeSet<>();
        for (Path f : files) {
            Converted c = converter.read(f);
            claims.claim(c);
            DatasetGraph graph = DatasetGraphFactory.create();
            converter.write(c, StreamRDFLib.dataset(graph));
            assertEquals(List.of(), shapes.violations(graph.getGraph(c.graph())), f.toString());
            provinces.addAll(provincesInBothTexts(c.annotated().mentions()));
        }
        Set<String> bundled = new TreeSet<>();
        for (Path f : TestCorpus.files())
            bundled.addAll(provincesInBothTexts(converter.read(f).annotated().mentions()));
        // The provinces swapped in are found by extraction, in both texts.
        assertTrue(provinces.size() > bundled.size() + 5, provinces + " against the bundled " + bundled);
    }

    @Test
    void provincesAreThoseWhoseNamesNameNothingElse() {
        List<BilingualName> provinces = SynthCommand.provinces(authority.union());
        assertTrue(provinces.contains(new BilingualName("河南", "Henan")), provinces.toString());
        assertTrue(provinces.size() >= 15, provinces.toString());
        provinces.forEach(p -> assertTrue(p.zh().length() >= 2 && !p.zh().endsWith("省"), p.toString()));
    }

    @Test
    void aFolderInUseAndBadNumbersAreRefused() throws Exception {
        Files.writeString(dir.resolve("notes.txt"), "mine");
        assertEquals(1, run("synth", "--articles", "2", "--out", dir.toString()));
        assertTrue(cli.err().contains("not empty"), cli.err());
        assertEquals(List.of(dir.resolve("notes.txt")), list(dir));
        assertEquals(2, run("synth", "--articles", "0", "--out", dir.resolve("x").toString()));
        assertEquals(2, run("synth", "--out", dir.resolve("x").toString()));
    }

    private static Set<String> provincesInBothTexts(List<Mention> mentions) {
        Set<String> zh = new TreeSet<>();
        Set<String> en = new TreeSet<>();
        for (Mention m : mentions)
            if (m.entity().kind() == EntityKind.PROVINCE)
                (m.lang() == Language.ZH ? zh : en).add(m.entity().iri());
        zh.retainAll(en);
        return zh;
    }

    private static List<Path> list(Path folder) throws Exception {
        try (var s = Files.list(folder)) {
            return new ArrayList<>(s.toList());
        }
    }
}
