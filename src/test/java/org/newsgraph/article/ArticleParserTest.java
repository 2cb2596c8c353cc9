package org.newsgraph.article;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.MethodSource;
import org.newsgraph.TestCorpus;

class ArticleParserTest {

    private final ArticleParser parser = ArticleParser.create();

    static Stream<Path> bundled() { return TestCorpus.files().stream(); }

    @Test
    void theCorpusHasAllBundledArticles() {
        assertEquals(32, TestCorpus.files().size());
    }

    @ParameterizedTest
    @MethodSource("bundled")
    void everyBundledArticleParsesAndKeepsItsTextExactly(Path file) throws Exception {
        Article a = parser.parse(file);
        String text = TestCorpus.read(file);
        for (Body body : List.of(a.originalBody(), a.translationBody())) {
            assertEquals(body.text(), text.substring(body.fileOffset(), body.fileOffset() + body.text().length()));
            for (Paragraph p : body.paragraphs()) {
                assertEquals(p.text(), p.span().of(body.text()), "paragraph span of line " + p.line());
                assertEquals(p.text(), p.text().strip());
                assertTrue(text.split("\n", -1)[p.line() - 1].contains(p.text()), "paragraph on its line " + p.line());
            }
        }
        assertFalse(a.originalBody().isEmpty(), "the original always has a body");
        assertFalse(a.original().headline().isBlank());
        assertEquals(a.original().date(), a.translation().date());
    }

    @Test
    void referenceArticle() throws Exception {
        Article a = parser.parse(TestCorpus.REFERENCE);
        String text = TestCorpus.read(TestCorpus.REFERENCE);

        assertEquals("Central South Six Provinces and Regions Strengthen the Industrial Front: Leadership Focus "
            + "Shifts to Steel", a.translation().headline());
        assertEquals(LocalDate.of(1958, 9, 5), a.translation().date());
        assertEquals(Optional.of(1), a.translation().page());
        assertEquals(List.of(), a.translation().authors());

        assertEquals("中南六省区增强工业战线  领导重心转向钢铁", a.original().headline());
        assertEquals(List.of("中南六省区增强工业战线", "领导重心转向钢铁"), a.original().decks());
        assertEquals(LocalDate.of(1958, 9, 5), a.original().date());
        assertEquals(Optional.of(1), a.original().page());
        assertEquals(Optional.empty(), a.original().section());
        assertEquals(Optional.empty(), a.original().column());
        assertEquals(List.of(), a.original().authors());

        // The bodies, cut from the file independently of the parser's line logic.
        String english = text.substring(text.indexOf("Page: 1\n") + "Page: 1\n".length(), text.indexOf("\n\n\n\n<hr />"));
        String chinese = text.substring(text.indexOf("专栏：\n\n") + "专栏：\n\n".length()).stripTrailing();
        assertEquals(english, a.translationBody().text());
        assertEquals(chinese, a.originalBody().text());
        assertTrue(a.originalBody().text().startsWith("　　中南六省区增强工业战线\n"));
        assertTrue(a.originalBody().text().endsWith("新华社记者　杨礼门摄"));
        assertEquals(12, a.originalBody().paragraphs().size());
        assertEquals("据新华社4日讯", a.originalBody().paragraphs().get(2).text().substring(0, 7));
        assertEquals(10, a.translationBody().paragraphs().size());
        assertEquals("rmrb", a.path().archive());
        assertEquals("rmrb/1958.09/1958-09-05_中南六省区增强工业战线_领导重心转向钢铁.md", a.path().archivePath());
        assertEquals("中南六省区增强工业战线_领导重心转向钢铁", a.path().slug());

        assertEquals(1, a.photos().size());
        Photo photo = a.photos().get(0);
        assertEquals(Optional.of("武钢建设者决心把一号高炉提前在九月份建成出铁，他们在炉前誓师。　新华社记者　杨礼门摄"), photo.captionZh());
        assertEquals(Optional.of("新华社记者　杨礼门摄"), photo.creditZh());
        assertEquals(List.of("杨礼门"), photo.creatorsZh());
        assertEquals(List.of("Yang Limen"), photo.creatorsEn());
        assertTrue(photo.captionEn().orElseThrow().startsWith("The builders of Wuhan Iron and Steel Works"));
        assertEquals(List.of(), a.glossary());
        assertEquals(List.of(), a.warnings());
    }

    @Test
    void editionHeaderAndNamedEntitiesGlossaryOf1946() throws Exception {
        Article a = parser.parse(TestCorpus.file("1946-05-15_五月杂感"));
        assertEquals(Optional.of(4), a.translation().page());
        assertEquals(List.of("Zhang Xiangshan"), a.translation().authors());
        assertEquals(List.of("张香山"), a.original().authors());
        assertEquals(18, a.glossary().size());
        assertEquals(new GlossaryEntry("五三", "May Third", 16), a.glossary().get(0));
        assertEquals("国民党", a.glossary().get(17).chinese());
        assertEquals("Kuomintang", a.glossary().get(17).english());
        assertFalse(a.translationBody().text().contains("Named Entities"));
        assertFalse(a.translationBody().text().contains("May Third\n"));
    }

    @Test
    void sectionWithNestedBracketsAndColumn() throws Exception {
        Article cartoon = parser.parse(TestCorpus.file("1989-05-31_土地爷"));
        assertEquals(Optional.of("国内专页（经济）"), cartoon.original().section());
        assertEquals(Optional.of(5), cartoon.original().page());
        assertEquals("土地爷：“救命啊！救……”（图片）", cartoon.original().headline());

        Article sport = parser.parse(TestCorpus.file("1989-05-31_体育简讯"));
        assertEquals(Optional.of("文化生活·体育"), sport.original().section());
        assertEquals(Optional.of("体育简讯"), sport.original().column());
        assertTrue(sport.originalBody().text().contains("５"), "full-width digits are kept as printed");
    }

    @Test
    void severalAuthorsInBothHalves() throws Exception {
        Article a = parser.parse(TestCorpus.file("1958-08-01_河南发现大铁矿"));
        assertEquals(List.of("周士贤", "龚俊"), a.original().authors());
        assertEquals(List.of("Zhou Shixian", "Gong Jun"), a.translation().authors());
        assertEquals(Optional.of(6), a.original().page());
    }

    @Test
    void pictureItemCreditsItsByline() throws Exception {
        Article a = parser.parse(TestCorpus.file("1958-08-01_毛主席在机场上"));
        assertEquals(List.of("照耀", "许介康"), a.original().authors());
        assertEquals(List.of("Zhaoyao", "Xu Jiekang"), a.translation().authors());
        assertEquals(1, a.photos().size());
        assertEquals(List.of("照耀", "许介康"), a.photos().get(0).creatorsZh());
        assertEquals(List.of("Zhaoyao", "Xu Jiekang"), a.photos().get(0).creatorsEn());
        assertEquals(Optional.of("照耀　许介康摄"), a.photos().get(0).creditZh());
    }

    @Test
    void headersThatDisagreeAreKeptApart() throws Exception {
        Article a = parser.parse(TestCorpus.file("1960-01-01_鞍钢健儿举行技术大检阅"));
        assertEquals("Anshan Iron and Steel Athletes Hold Technical Review", a.translation().headline());
        assertEquals("鞍钢健儿举行技术大检阅", a.original().headline());
    }

    @Test
    void tabIndentedTranslation() throws Exception {
        Article a = parser.parse(TestCorpus.file("1966-08-03_毛主席语录"));
        assertEquals(Optional.of(1), a.translation().page());
        assertEquals("Quotations from Chairman Mao", a.translationBody().paragraphs().get(0).text());
        assertTrue(a.translationBody().text().startsWith("\tQuotations"));
    }

    @Test
    void blankLinesBetweenHeaderFields() throws Exception {
        Article a = parser.parse(TestCorpus.file("1958-12-01_食堂好"));
        assertEquals("The Dining Hall is Good", a.translation().headline());
        assertEquals(LocalDate.of(1958, 12, 1), a.translation().date());
        assertEquals(Optional.of(3), a.translation().page());
    }

    /** A well-formed article that the malformed cases below each break in one place. */
    static final String GOOD = """
        Title: Steel
        Author: Li Ming
        Date: 1958-09-05
        Page: 2

        　　Xinhua News Agency, September 4th: Steel.



        <hr />\s

        Original:\s


        ### 钢铁
        李明
        1958-09-05
        第2版()
        专栏：

        　　据新华社4日讯　钢铁。
        """;

    @Test
    void theWellFormedSampleParses() throws Exception {
        Article a = parse(GOOD);
        assertEquals("钢铁", a.original().headline());
        assertEquals(List.of("李明"), a.original().authors());
        assertEquals("　　据新华社4日讯　钢铁。", a.originalBody().text());
    }

    static Stream<Arguments> malformed() {
        return Stream.of(
            Arguments.of("empty file", bytes(""), 1, "empty file"),
            Arguments.of("only white space", bytes("\n  \n\n"), 1, "empty file"),
            Arguments.of("no separator", bytes(GOOD.replace("<hr /> \n", "")), 20, "no '<hr />' and 'Original:' separator"),
            Arguments.of("rule without Original", bytes(GOOD.replace("Original: \n", "Translation:\n")), 10,
                "'<hr />' is not followed by 'Original:'"),
            Arguments.of("no title", bytes(GOOD.replace("Title: Steel\n", "")), 1, "no 'Title:' line"),
            Arguments.of("empty title", bytes(GOOD.replace("Title: Steel\n", "Title:\n")), 1, "empty 'Title:'"),
            Arguments.of("second title", bytes(GOOD.replace("Author: Li Ming\n", "Title: Iron\n")), 2, "second 'Title:'"),
            Arguments.of("no date in the translation", bytes(GOOD.replace("Date: 1958-09-05\n", "")), 3,
                "no 'Date:' line"),
            Arguments.of("impossible date in the translation", bytes(GOOD.replace("Date: 1958-09-05", "Date: 1958-02-30")),
                3, "impossible date '1958-02-30'"),
            Arguments.of("not a date", bytes(GOOD.replace("Date: 1958-09-05", "Date: September 1958")), 3,
                "not a date (YYYY-MM-DD): 'September 1958'"),
            Arguments.of("no date in the original", bytes(GOOD.replace("李明\n1958-09-05\n", "李明\n")), 16,
                "no date (YYYY-MM-DD) in the original's header"),
            Arguments.of("impossible date in the original", bytes(GOOD.replace("李明\n1958-09-05", "李明\n1958-13-05")),
                17, "impossible date '1958-13-05'"),
            Arguments.of("no headline", bytes(GOOD.replace("### 钢铁", "钢铁")), 15, "no '### ' headline"),
            Arguments.of("no page line", bytes(GOOD.replace("第2版()\n", "")), 18, "no '第N版(…)' page line"),
            Arguments.of("page not a number", bytes(GOOD.replace("Page: 2", "Page: two")), 4, "page is not a number"),
            Arguments.of("not UTF-8", concat(bytes("Title: Steel\nAuthor: "), new byte[] {(byte) 0xC0, (byte) 0x20},
                bytes("\nDate: 1958-09-05\n")), 2, "not UTF-8: invalid byte 0xC0"),
            Arguments.of("binary", concat(bytes("Title: Steel\n"), new byte[] {0, 1, 2}), 2, "binary file: NUL byte"),
            Arguments.of("byte order mark", concat(new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF}, bytes(GOOD)), 1,
                "byte order mark"),
            Arguments.of("CRLF line ends", bytes(GOOD.replace("\n", "\r\n")), 1, "CRLF line end"),
            Arguments.of("CRLF further down", bytes(GOOD.replace("Page: 2\n", "Page: 2\r\n")), 4, "CRLF line end"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("malformed")
    void malformedInputGetsItsOwnError(String name, byte[] input, int line, String reason) {
        ArticleFormatException e = assertThrows(ArticleFormatException.class,
            () -> parser.parse("bad.md.txt", "bad.md.txt", input));
        assertEquals("bad.md.txt", e.source());
        assertTrue(e.reason().contains(reason), "reason was: " + e.reason());
        assertEquals(line, e.line(), "line of: " + e.getMessage());
        assertTrue(e.getMessage().startsWith("bad.md.txt:" + line + ": "), e.getMessage());
    }

    @Test
    void offsetsCountCodePointsOutsideTheBasicPlane() throws Exception {
        // 𠀀 (U+20000) is one code point and two UTF-16 units.
        Article a = parse(GOOD.replace("　　据新华社4日讯　钢铁。", "　　𠀀𠀀钢铁\n　　第二段"));
        Paragraph second = a.originalBody().paragraphs().get(1);
        assertEquals("第二段", second.text());
        assertEquals(new Span(9, 12), second.span());
        assertEquals("第二段", second.span().of(a.originalBody().text()));
        assertEquals(new Span(2, 6), a.originalBody().paragraphs().get(0).span());
    }

    @Test
    void fullWidthDigitsAndChineseNumeralPages() throws Exception {
        Article a = parse(GOOD.replace("1958-09-05\n第2版()", "１９５８-０９-０５\n第十二版(要闻)"));
        assertEquals(LocalDate.of(1958, 9, 5), a.original().date());
        assertEquals(Optional.of(12), a.original().page());
        assertEquals(Optional.of("要闻"), a.original().section());
        assertTrue(a.warnings().stream().anyMatch(w -> w.contains("page 2")), a.warnings().toString());
    }

    /** Page numbers go through the one numeral reader; the section keeps its own full-width brackets. */
    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        "第１２版(国内专页（经济）) | 12 | 国内专页（经济）", "第十二版（要闻） | 12 | 要闻", "第二十版() | 20 | ",
        "第4版(文化生活·体育) | 4 | 文化生活·体育",
    })
    void pageNumbersAndSections(String pageLine, int page, String section) throws Exception {
        Article a = parse(GOOD.replace("第2版()", pageLine));
        assertEquals(Optional.of(page), a.original().page());
        assertEquals(Optional.ofNullable(section), a.original().section());
    }

    @Test
    void aPageThatDoesNotReadIsRefused() {
        ArticleFormatException e = assertThrows(ArticleFormatException.class, () -> parse(GOOD.replace("第2版()", "第十十版()")));
        assertTrue(e.getMessage().contains("page is not a number: '第十十版()'"), e.getMessage());
    }

    @Test
    void headerLinesPaddedWithFullWidthSpaces() throws Exception {
        Article a = parse(GOOD.replace("### 钢铁", "### 钢铁\u3000").replace("李明\n1958-09-05\n第2版()", "李明\n1958-09-05\u3000\n\u3000第2版()\u3000"));
        assertEquals("钢铁", a.original().headline());
        assertEquals(LocalDate.of(1958, 9, 5), a.original().date());
        assertEquals(Optional.of(2), a.original().page());
    }

    @Test
    void headersThatDisagreeOnTheDateAreReported() throws Exception {
        Article a = parse(GOOD.replace("Date: 1958-09-05", "Date: 1958-09-06"));
        assertEquals(LocalDate.of(1958, 9, 6), a.translation().date());
        assertEquals(LocalDate.of(1958, 9, 5), a.original().date());
        assertEquals(1, a.warnings().size());
    }

    @Test
    void columnLineInTheTranslationAndNoBlankLineBeforeTheBody() throws Exception {
        Article a = parse(GOOD.replace("Page: 2\n\n", "Page: 2\nColumn: Brief News\n"));
        assertEquals(Optional.of("Brief News"), a.translation().column());
        assertEquals("　　Xinhua News Agency, September 4th: Steel.", a.translationBody().text());
    }

    @Test
    void glossaryVariantsAndAStrayLine() throws Exception {
        Article a = parse(GOOD.replace("Steel.\n", "Steel.\n\nNamed Entities:\n\n* 五三: May Third\n昆明 - Kunming\n"
            + "上海　Shanghai\n五九\n"));
        assertEquals(List.of(new GlossaryEntry("五三", "May Third", 10), new GlossaryEntry("昆明", "Kunming", 11),
            new GlossaryEntry("上海", "Shanghai", 12)), a.glossary());
        assertEquals("　　Xinhua News Agency, September 4th: Steel.", a.translationBody().text());
        assertEquals(List.of("line 13: glossary line left out, not '<Chinese> <English>': '五九'"), a.warnings());
    }

    @Test
    void pictureMarkersOfBothHalves() throws Exception {
        for (String marker : List.of("(Attached picture)", "(Picture attached)", "(Accompanying photo)", "(with photograph)")) {
            Article a = parse(GOOD.replace("Steel.\n", "Steel.\n" + marker + "\nWorkers at the furnace. Photo by Li Ming\n")
                .replace("钢铁。\n", "钢铁。\n（附图片）\n炉前的工人。　李明摄\n"));
            assertEquals(1, a.photos().size(), marker);
            Photo photo = a.photos().get(0);
            assertEquals(Optional.of("炉前的工人。　李明摄"), photo.captionZh());
            assertEquals(Optional.of("Workers at the furnace. Photo by Li Ming"), photo.captionEn(), marker);
            assertEquals(List.of("李明"), photo.creatorsZh());
            assertEquals(List.of("Li Ming"), photo.creatorsEn());
        }
        Article noCaption = parse(GOOD.replace("钢铁。\n", "钢铁。\n(附图片)\n"));
        assertEquals(List.of(new Photo(Optional.empty(), Optional.empty(), Optional.empty(), List.of(), List.of())),
            noCaption.photos());
    }

    private Article parse(String text) throws ArticleFormatException {
        return parser.parse("sample.md.txt", "rmrb__1958.09__1958-09-05_钢铁.md.txt", bytes(text));
    }

    private static byte[] bytes(String s) { return s.getBytes(StandardCharsets.UTF_8); }

    private static byte[] concat(byte[]... parts) {
        int n = 0;
        for (byte[] p : parts)
            n += p.length;
        byte[] all = new byte[n];
        int at = 0;
        for (byte[] p : parts) {
            System.arraycopy(p, 0, all, at, p.length);
            at += p.length;
        }
        return all;
    }
}
