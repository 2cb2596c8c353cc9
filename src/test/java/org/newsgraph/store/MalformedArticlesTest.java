package org.newsgraph.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Random;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.IntStream;
import java.util.stream.Stream;

import org.apache.jena.graph.Node;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFDataMgr;
import org.apache.jena.riot.RDFFormat;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.riot.system.StreamRDFLib;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.DatasetGraphFactory;
import org.apache.jena.sparql.exec.QueryExec;
import org.apache.jena.sparql.graph.GraphFactory;
import org.apache.jena.sparql.util.IsoMatcher;
import org.apache.jena.system.Txn;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.newsgraph.TestCorpus;
import org.newsgraph.article.ArticleFormatException;
import org.newsgraph.article.SourcePath;
import org.newsgraph.rdf.ArticleConverter;
import org.newsgraph.rdf.ArticleConverter.Converted;
import org.newsgraph.rdf.Namespaces;
import org.newsgraph.rdf.UriScheme;

/**
 * Real articles broken in one way each, loaded into a real TDB2 store together with good ones. A file that is
 * refused is named with its line and the reason, and leaves nothing: the store afterwards holds exactly the good
 * files' graphs, and a good version of the same article stored before survives the failed reload. A file that is
 * accepted is stored exactly as it converts. Whatever the store holds can be dumped and read back.
 */
class MalformedArticlesTest {

    /** The article each case breaks. */
    private static final Path REFERENCE = TestCorpus.REFERENCE;
    /** Stored with the reference before the case; then loaded with the case's file. */
    private static final Path GOOD_BEFORE = TestCorpus.file("1958-09-01_简讯");
    private static final Path GOOD_WITH = TestCorpus.file("1966-08-03_毛主席语录");
    /** The name a broken copy is loaded under when the case is not about names: same day, its own title. */
    private static final String BROKEN_NAME = "rmrb__1958.09__1958-09-05_坏文章.md.txt";
    private static final String TEXT = TestCorpus.read(REFERENCE);
    private static final byte[] BYTES = TEXT.getBytes(StandardCharsets.UTF_8);

    private static ArticleConverter converter;
    private static DatasetGraph storedBefore;
    private static DatasetGraph storedAfter;

    @TempDir
    Path dir;

    @BeforeAll
    static void convertTheGoodFiles() throws Exception {
        converter = TestCorpus.converter();
        storedBefore = CanonicalLiterals.canonical(fresh(List.of(GOOD_BEFORE, REFERENCE)));
        storedAfter = CanonicalLiterals.canonical(fresh(List.of(GOOD_BEFORE, REFERENCE, GOOD_WITH)));
    }

    /** What a case expects: refused on a line with a reason (its start), or accepted. */
    private record Expect(boolean accepted, int line, String reason) {
        static Expect refused(int line, String reason) { return new Expect(false, line, reason); }

        static final Expect ACCEPTED = new Expect(true, 0, null);
    }

    /** {@code file:line: reason}, as the loader reports a refused file. */
    private static final Pattern FAILURE = Pattern.compile("(?s)(.+):([1-9][0-9]*): (\\S.*)");

    /** Writes a case's file: most are bytes, the oversized one is streamed. */
    @FunctionalInterface
    private interface Content {
        void writeTo(Path file) throws IOException;

        static Content of(byte[] bytes) { return file -> Files.write(file, bytes); }

        static Content of(String text) { return of(text.getBytes(StandardCharsets.UTF_8)); }
    }

    private static Arguments broken(String name, Content content, Expect expect) {
        return Arguments.of(name, BROKEN_NAME, content, expect);
    }

    private static Arguments named(String name, String fileName, Expect expect) {
        return Arguments.of(name, fileName, Content.of(BYTES), expect);
    }

    static Stream<Arguments> cases() {
        Random random = new Random(1958);
        byte[] noise = new byte[4096];
        random.nextBytes(noise);
        int firstNul = indexOf(noise, (byte) 0);
        String longTitle = "x".repeat(70_000);
        List<Arguments> cases = new ArrayList<>(List.of(
            // Structure
            broken("separator missing", Content.of(TEXT.replace("<hr /> \n", "")), Expect.refused(39,
                "no '<hr />' and 'Original:' separator")),
            broken("separator doubled", Content.of(TEXT.replace("<hr /> \n", "<hr /> \n<hr /> \n")), Expect.refused(19,
                "'<hr />' twice in a row")),
            broken("'Original:' header missing", Content.of(TEXT.replace("Original: \n", "")), Expect.refused(18,
                "'<hr />' is not followed by 'Original:'")),
            broken("'Original:' doubled", Content.of(TEXT.replace("Original: \n", "Original: \nOriginal: \n")),
                Expect.refused(21, "no '### ' headline after 'Original:'")),
            broken("cut after the original's header", Content.of(TEXT.substring(0, TEXT.indexOf("专栏：\n") + 4)),
                Expect.refused(27, "no text after the original's header")),
            broken("title only", Content.of(TEXT.substring(0, TEXT.indexOf('\n') + 1)), Expect.refused(1,
                "no 'Date:' line")),
            broken("empty file", Content.of(new byte[0]), Expect.refused(1, "empty file")),
            broken("only white space", Content.of(" \n\t\n\u3000\n\n"), Expect.refused(1, "empty file (only white space)")),
            broken("50 MB", MalformedArticlesTest::fiftyMegabytes, Expect.refused(1, "file of 52428800 bytes; an article file is at most")),
            broken("overlong line", Content.of(TEXT.replace("Title: Central", "Title: " + longTitle)), Expect.refused(1,
                "line longer than 65536 characters")),
            // Encodings
            broken("random bytes", Content.of(noise), Expect.refused(1 + count(noise, firstNul, (byte) '\n'),
                "binary file: NUL byte at offset " + firstNul)),
            broken("NUL bytes in the body", Content.of(TEXT.replace("　　The Hubei", "\0\0The Hubei")), Expect.refused(7,
                "binary file: NUL byte")),
            broken("GBK", Content.of(TEXT.getBytes(Charset.forName("GBK"))), Expect.refused(5, "not UTF-8: invalid byte")),
            broken("UTF-16LE without BOM", Content.of(TEXT.getBytes(StandardCharsets.UTF_16LE)), Expect.refused(1,
                "not UTF-8: looks like UTF-16LE")),
            broken("UTF-16BE without BOM", Content.of(TEXT.getBytes(StandardCharsets.UTF_16BE)), Expect.refused(1,
                "not UTF-8: looks like UTF-16BE")),
            broken("UTF-16LE with BOM", Content.of(concat(new byte[] {(byte) 0xFF, (byte) 0xFE},
                TEXT.getBytes(StandardCharsets.UTF_16LE))), Expect.refused(1, "not UTF-8: starts with a UTF-16 byte order mark")),
            broken("UTF-16BE with BOM", Content.of(TEXT.getBytes(StandardCharsets.UTF_16)), Expect.refused(1,
                "not UTF-8: starts with a UTF-16 byte order mark")),
            broken("UTF-8 byte order mark", Content.of(concat(new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF}, BYTES)),
                Expect.refused(1, "starts with a byte order mark")),
            broken("CRLF line ends", Content.of(TEXT.replace("\n", "\r\n")), Expect.refused(1, "CRLF line end")),
            broken("a lone CR", Content.of(TEXT.replace("Date: 1958-09-05\n", "Date: 1958-09-05\r")), Expect.refused(3,
                "CR line end")),
            broken("invalid UTF-8 in the Chinese body", Content.of(insertBefore("中共湖北省委", new byte[] {(byte) 0xC3, 0x28})),
                Expect.refused(33, "not UTF-8: invalid byte 0xC3 at offset " + offset("中共湖北省委"))),
            broken("a stray continuation byte", Content.of(insertBefore("The Hunan", new byte[] {(byte) 0x80})),
                Expect.refused(8, "not UTF-8: invalid byte 0x80 at offset " + offset("The Hunan"))),
            broken("an overlong UTF-8 form of '/'", Content.of(insertBefore("### ", new byte[] {(byte) 0xC0, (byte) 0xAF})),
                Expect.refused(23, "not UTF-8: invalid byte 0xC0 at offset " + offset("### "))),
            broken("an encoded surrogate", Content.of(insertBefore("1958-09-05\n第", new byte[] {(byte) 0xED, (byte) 0xA0,
                (byte) 0x80})), Expect.refused(25, "not UTF-8: invalid byte 0xED at offset " + offset("1958-09-05\n第"))),
            broken("a truncated sequence after the last line end", Content.of(concat(BYTES, new byte[] {(byte) 0xE4, (byte) 0xB8})),
                Expect.refused(41, "not UTF-8: invalid byte 0xE4 at offset " + BYTES.length)),
            // Dates and pages
            broken("1958-02-30", Content.of(TEXT.replace("\n1958-09-05\n", "\n1958-02-30\n")), Expect.refused(25,
                "impossible date '1958-02-30'")),
            broken("month 13", Content.of(TEXT.replace("Date: 1958-09-05", "Date: 1958-13-05")), Expect.refused(3,
                "impossible date '1958-13-05'")),
            broken("year 1800", Content.of(TEXT.replace("Date: 1958-09-05", "Date: 1800-09-05")), Expect.refused(3,
                "date 1800-09-05 is not a date of the archive")),
            broken("year 2100", Content.of(TEXT.replace("\n1958-09-05\n", "\n2100-09-05\n")), Expect.refused(25,
                "date 2100-09-05 is not a date of the archive")),
            named("date in the name disagrees with the header", "rmrb__1958.09__1958-09-06_坏文章.md.txt",
                Expect.refused(25, "the file name gives the date 1958-09-06, the original's header 1958-09-05")),
            broken("page beyond any real one", Content.of(TEXT.replace("第1版()", "第四十九版()")), Expect.refused(26,
                "page 49 is not a page of the paper (1 to 48)")),
            broken("page zero", Content.of(TEXT.replace("第1版()", "第0版()")), Expect.refused(26, "page 0 is not a page")),
            broken("page zero in the translation", Content.of(TEXT.replace("Page: 1\n", "Page: 0\n")), Expect.refused(4,
                "page 0 is not a page")),
            broken("negative page", Content.of(TEXT.replace("第1版()", "第-1版()")), Expect.refused(26,
                "no '第N版(…)' page line")),
            broken("negative page in the translation", Content.of(TEXT.replace("Page: 1\n", "Page: -1\n")),
                Expect.refused(4, "page is not a number")),
            broken("a page number too long for any integer", Content.of(TEXT.replace("Page: 1\n", "Page: 99999999999999999999\n")),
                Expect.refused(4, "page is not a number")),
            // Header lines
            broken("'Date:' repeated", Content.of(TEXT.replace("Date: 1958-09-05\n", "Date: 1958-09-05\nDate: 1958-09-05\n")),
                Expect.refused(4, "second 'Date:' line")),
            broken("page line of the original repeated", Content.of(TEXT.replace("第1版()\n", "第1版()\n第1版()\n")),
                Expect.refused(27, "a header line of the original again: '第1版()'")),
            broken("'Title:' with no value", Content.of(TEXT.replaceFirst("Title: [^\n]*", "Title:")), Expect.refused(1,
                "empty 'Title:'")),
            broken("'Date:' with no value", Content.of(TEXT.replace("Date: 1958-09-05", "Date:")), Expect.refused(3,
                "not a date (YYYY-MM-DD): ''")),
            // Hostile text
            broken("HTML in the titles", Content.of(TEXT.replace("Title: Central South", "Title: <script>alert(1)</script>"
                + "\"><img src=x onerror=alert(1)> Central South").replace("### 中南", "### <script>alert('中')</script>中南")),
                Expect.ACCEPTED),
            broken("BEL in the title", Content.of(TEXT.replace("Title: Central", "Title: Cen\u0007tral")), Expect.refused(1,
                "control character U+0007 at column 11")),
            broken("ESC in the title", Content.of(TEXT.replace("Title: Central", "Title: \u001B[31mCentral")),
                Expect.refused(1, "control character U+001B at column 8")),
            broken("vertical tab in the Chinese headline", Content.of(TEXT.replace("### 中南", "### 中\u000B南")),
                Expect.refused(23, "control character U+000B at column 6")),
            broken("DEL in the Chinese body", Content.of(TEXT.replace("中共湖北省委", "中共湖北\u007F省委")), Expect.refused(33,
                "control character U+007F")),
            broken("C1 control NEL in the title", Content.of(TEXT.replace("Title: Central", "Title: \u0085Central")),
                Expect.refused(1, "control character U+0085")),
            broken("right-to-left override in the title", Content.of(TEXT.replace("Title: Central", "Title: \u202ECentral")),
                Expect.refused(1, "bidi control character U+202E at column 8")),
            broken("bidi isolate in the Chinese headline", Content.of(TEXT.replace("### 中南", "### \u2067中南")),
                Expect.refused(23, "bidi control character U+2067")),
            broken("byte order mark inside the text", Content.of(TEXT.replace("Page: 1", "Page: \uFEFF1")), Expect.refused(4,
                "byte order mark U+FEFF")),
            // File names
            named("odd characters in the name", "rmrb__1958.09__1958-09-05_a b'c\"d#e%f?g&h 中文 ü.md.txt", Expect.ACCEPTED),
            named("a name of 255 bytes", "rmrb__1958.09__1958-09-05_" + "钢".repeat(74) + ".md.txt", Expect.ACCEPTED),
            named("a name with no date", "rmrb__1958.09__坏文章.md.txt", Expect.ACCEPTED),
            named("a name in the archive's own layout, without the periodical", "1958-09-05_坏文章.md", Expect.ACCEPTED),
            named("a name of a periodical the authority data lacks", "xyz__1958.09__1958-09-05_坏文章.md.txt",
                Expect.refused(1, "no periodical with identifier 'xyz' in the authority data"))));
        return cases.stream();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void aBrokenFileIsRefusedWithItsLineOrStoredWholeAndTheGoodFilesStillLoad(String kind, String fileName,
                                                                               Content content, Expect expect) throws Exception {
        Path in = Files.createDirectories(dir.resolve("in"));
        Path goodBefore = Files.copy(GOOD_BEFORE, in.resolve(GOOD_BEFORE.getFileName()));
        Path reference = Files.copy(REFERENCE, in.resolve(REFERENCE.getFileName()));
        Path goodWith = Files.copy(GOOD_WITH, in.resolve(GOOD_WITH.getFileName()));
        Path broken = in.resolve(fileName);
        content.writeTo(broken);
        boolean aboutTheText = fileName.equals(BROKEN_NAME);
        try (NewsgraphStore store = NewsgraphStore.open(dir.resolve("tdb2"))) {
            ArticleLoader loader = ArticleLoader.builder().store(store).converter(converter).build();
            assertEquals(2, loader.load(List.of(goodBefore, reference)).loaded());
            assertTrue(IsoMatcher.isomorphic(storedBefore, CanonicalLiterals.canonical(store.dataset())));

            // The broken bytes are also written over the stored reference, which must survive their refusal.
            Converted converted = convertedOrNull(broken);
            boolean accepted = converted != null;
            List<Path> load = new ArrayList<>(List.of(broken));
            if (aboutTheText && !accepted)
                load.add(Files.write(reference, Files.readAllBytes(broken)));
            load.add(goodWith);
            LoadReport report = loader.load(load);

            assertEquals(expect.accepted(), accepted, kind + (expect.accepted() ? " is accepted" : " is refused"));
            if (accepted) {
                assertEquals(List.of(), report.failures());
                assertEquals(2, report.loaded());
                DatasetGraph expected = fresh(List.of(GOOD_BEFORE, REFERENCE, GOOD_WITH));
                converter.write(converted, StreamRDFLib.dataset(expected));
                assertTrue(IsoMatcher.isomorphic(CanonicalLiterals.canonical(expected), CanonicalLiterals.canonical(store.dataset())),
                    "the store holds the good files and the accepted one as it converts");
                assertSpansReRead(store, converted.original());
            } else {
                assertEquals(1, report.loaded(), "the good file loads: " + report.failures());
                assertEquals(load.size() - 1, report.failures().size());
                for (LoadReport.Failure f : report.failures()) {
                    String file = f.source();
                    assertTrue(file.equals(broken.toString()) || file.equals(reference.toString()), f.toString());
                    Matcher m = FAILURE.matcher(f.message());
                    assertTrue(m.matches() && m.group(1).equals(file), f.message());
                    assertEquals(expect.line(), Integer.parseInt(m.group(2)), f.message());
                    assertTrue(m.group(3).startsWith(expect.reason()), f.message());
                }
                assertTrue(IsoMatcher.isomorphic(storedAfter, CanonicalLiterals.canonical(store.dataset())),
                    "the store holds the good files only, the reference as stored before");
                String slug = UriScheme.segment(SourcePath.ofFileName(fileName).slug());
                assertFalse(Txn.calculateRead(store.dataset(), () -> store.dataset().stream().anyMatch(q ->
                    Stream.of(q.getGraph(), q.getSubject(), q.getObject()).anyMatch(n -> n.isURI() && n.getURI().contains(slug)))),
                    "no quad mentions " + slug);
            }
            assertDumpsReadBack(store);
        }
    }

    /**
     * The reference cut after each of its lines, and just before its final line end, all loaded at once with a good
     * file: each is stored whole, exactly as it converts, or refused on one of its own lines; nothing else is stored.
     */
    @Test
    void truncatedAfterEveryLineEachIsStoredWholeOrRefusedOnALineOfItsOwn() throws Exception {
        Path in = Files.createDirectories(dir.resolve("in"));
        List<Integer> cuts = new ArrayList<>();
        for (int i = 0; i < BYTES.length; i++)
            if (BYTES[i] == '\n')
                cuts.add(i + 1);
        cuts.add(BYTES.length - 1);
        List<Path> files = new ArrayList<>();
        DatasetGraph expected = fresh(List.of(GOOD_WITH));
        int accepted = 0;
        for (int cut : cuts) {
            Path f = Files.write(in.resolve("rmrb__1958.09__1958-09-05_cut" + cut + ".md.txt"), Arrays.copyOf(BYTES, cut));
            files.add(f);
            Converted c = convertedOrNull(f);
            if (c != null) {
                converter.write(c, StreamRDFLib.dataset(expected));
                accepted++;
            }
        }
        files.add(Files.copy(GOOD_WITH, in.resolve(GOOD_WITH.getFileName())));
        try (NewsgraphStore store = NewsgraphStore.open(dir.resolve("tdb2"))) {
            LoadReport report = ArticleLoader.builder().store(store).converter(converter).build().load(files);
            assertEquals(accepted + 1, report.loaded());
            assertEquals(cuts.size() - accepted, report.failures().size());
            for (LoadReport.Failure f : report.failures()) {
                Matcher m = FAILURE.matcher(f.message());
                assertTrue(m.matches() && m.group(1).equals(f.source()), f.message());
                assertTrue(Integer.parseInt(m.group(2)) <= lineCount(Files.readAllBytes(Path.of(f.source()))), f.message());
            }
            assertTrue(IsoMatcher.isomorphic(CanonicalLiterals.canonical(expected), CanonicalLiterals.canonical(store.dataset())));
            assertDumpsReadBack(store);
        }
    }

    @Test
    void aFileNameLongerThanFileSystemsAllowIsRefused() {
        String name = "rmrb__1958.09__1958-09-05_" + "钢".repeat(90) + ".md.txt";
        assertEquals(303, name.getBytes(StandardCharsets.UTF_8).length);
        ArticleFormatException e = assertThrows(ArticleFormatException.class, () -> converter.read(name, name, BYTES));
        assertEquals(name + ":1: file name of 303 bytes; a file name has at most 255", e.getMessage());
        assertThrows(IOException.class, () -> Files.write(dir.resolve(name), BYTES), "no file system here takes it either");
    }

    @Test
    void aFileNameWithAControlCharacterIsRefused() {
        String name = "rmrb__1958.09__1958-09-05_坏\u001B文章.md.txt";
        ArticleFormatException e = assertThrows(ArticleFormatException.class, () -> converter.read(name, name, BYTES));
        assertEquals(name + ":1: file name holds a control character U+001B", e.getMessage());
    }

    /** Every span of {@code original}'s graph re-reads its words with SPARQL's SUBSTR, however the file was broken. */
    private static void assertSpansReRead(NewsgraphStore store, Node original) {
        String query = """
            PREFIX nif: <http://persistence.uni-leipzig.org/nlp2rdf/ontologies/nif-core#>
            PREFIX schema: <https://schema.org/>
            SELECT (COUNT(*) AS ?all) (SUM(IF(SUBSTR(STR(?body), ?begin + 1, ?end - ?begin) = ?words, 1, 0)) AS ?reread) {
              GRAPH ?g { ?original schema:identifier ?id }
              GRAPH ?g { ?span nif:beginIndex ?begin ; nif:endIndex ?end ; nif:anchorOf ?words .
                         BIND(IRI(STRBEFORE(STR(?span), "#")) AS ?article)
                         ?article schema:articleBody ?body }
            }""";
        var row = Txn.calculateRead(store.dataset(), () -> QueryExec.dataset(store.dataset()).query(query)
            .substitution("original", original).select().next());
        long all = ((Number) row.get("all").getLiteralValue()).longValue();
        assertTrue(all > 0, "the article has spans");
        assertEquals(all, ((Number) row.get("reread").getLiteralValue()).longValue(), "spans that SUBSTR re-reads");
    }

    /** The store dumped as N-Quads and TriG, and its union as RDF/XML (the strictest about characters), reads back. */
    private static void assertDumpsReadBack(NewsgraphStore store) {
        long quads = store.quadCount();
        for (DumpFormat format : List.of(DumpFormat.NQUADS, DumpFormat.TRIG)) {
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            DatasetDump.write(store.dataset(), format, Namespaces.prefixes(), out);
            DatasetGraph back = DatasetGraphFactory.create();
            RDFParser.source(new ByteArrayInputStream(out.toByteArray())).lang(format.lang()).parse(back);
            assertEquals(quads, back.stream().count(), format + " dump read back");
        }
        ByteArrayOutputStream xml = new ByteArrayOutputStream();
        Txn.executeRead(store.dataset(), () -> RDFDataMgr.write(xml, store.dataset().getUnionGraph(), RDFFormat.RDFXML_PLAIN));
        var graph = GraphFactory.createGraphMem();
        RDFParser.source(new ByteArrayInputStream(xml.toByteArray())).lang(Lang.RDFXML).parse(graph);
        assertEquals(Txn.calculateRead(store.dataset(), () -> store.dataset().getUnionGraph().size()), graph.size(),
            "RDF/XML dump read back");
    }

    /** The quads the loader would write for {@code files} into an empty store, converted in memory. */
    private static DatasetGraph fresh(List<Path> files) throws Exception {
        DatasetGraph dsg = DatasetGraphFactory.create();
        for (Path f : files)
            converter.write(converter.read(f), StreamRDFLib.dataset(dsg));
        return dsg;
    }

    private static Converted convertedOrNull(Path file) throws IOException {
        try {
            return converter.read(file);
        } catch (ArticleFormatException e) {
            return null;
        }
    }

    /** The reference's bytes with {@code insert} put before the first occurrence of {@code before}. */
    private static byte[] insertBefore(String before, byte[] insert) {
        int at = offset(before);
        return concat(Arrays.copyOf(BYTES, at), insert, Arrays.copyOfRange(BYTES, at, BYTES.length));
    }

    /** Byte offset of {@code s} in the reference file. */
    private static int offset(String s) {
        return TEXT.substring(0, TEXT.indexOf(s)).getBytes(StandardCharsets.UTF_8).length;
    }

    private static int lineCount(byte[] bytes) {
        return 1 + count(bytes, bytes.length, (byte) '\n') - (bytes.length > 0 && bytes[bytes.length - 1] == '\n' ? 1 : 0);
    }

    private static int count(byte[] bytes, int before, byte b) {
        return (int) IntStream.range(0, before).filter(i -> bytes[i] == b).count();
    }

    private static int indexOf(byte[] bytes, byte b) {
        return IntStream.range(0, bytes.length).filter(i -> bytes[i] == b).findFirst().orElse(-1);
    }

    private static byte[] concat(byte[]... parts) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        for (byte[] p : parts)
            out.writeBytes(p);
        return out.toByteArray();
    }

    /** Writes 50 MB of repeated article text to {@code file}, without holding it in memory. */
    private static void fiftyMegabytes(Path file) throws IOException {
        try (OutputStream out = Files.newOutputStream(file)) {
            for (long written = 0; written < 50L << 20; written += BYTES.length)
                out.write(BYTES, 0, (int) Math.min(BYTES.length, (50L << 20) - written));
        }
    }
}
