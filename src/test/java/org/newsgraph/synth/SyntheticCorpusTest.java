package org.newsgraph.synth;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.SplittableRandom;
import java.util.TreeMap;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.newsgraph.TestCorpus;
import org.newsgraph.article.Article;
import org.newsgraph.article.ArticleFiles;
import org.newsgraph.article.ArticleParser;
import org.newsgraph.article.SourcePath;
import org.newsgraph.text.Numerals;

class SyntheticCorpusTest {

    @TempDir
    Path dir;

    private static final List<BilingualName> PROVINCES = List.of(new BilingualName("河南", "Henan"),
        new BilingualName("湖北", "Hubei"), new BilingualName("广东", "Guangdong"), new BilingualName("江西", "Jiangxi"),
        new BilingualName("湖南", "Hunan"), new BilingualName("四川", "Sichuan"), new BilingualName("山东", "Shandong"),
        new BilingualName("甘肃", "Gansu"), new BilingualName("浙江", "Zhejiang"), new BilingualName("福建", "Fujian"));

    private static SyntheticCorpus corpus(long seed, int articles, int perMonth) throws Exception {
        return SyntheticCorpus.builder().places(PROVINCES).seed(seed).articles(articles).perMonth(perMonth).build();
    }

    @Test
    void theSameSeedWritesTheSameBytesAndAnotherSeedOtherArticles() throws Exception {
        corpus(11, 250, 2000).write(dir.resolve("a"), done -> {});
        corpus(11, 250, 2000).write(dir.resolve("b"), done -> {});
        corpus(12, 250, 2000).write(dir.resolve("c"), done -> {});
        Map<String, byte[]> a = files(dir.resolve("a"));
        Map<String, byte[]> b = files(dir.resolve("b"));
        Map<String, byte[]> c = files(dir.resolve("c"));
        assertEquals(251, a.size());   // the articles and the notice
        assertEquals(a.keySet(), b.keySet());
        a.forEach((name, bytes) -> assertArrayEquals(bytes, b.get(name), name));
        long same = c.entrySet().stream().filter(e -> a.containsKey(e.getKey())
            && java.util.Arrays.equals(e.getValue(), a.get(e.getKey()))).count();
        assertTrue(same < 10, same + " of 250 articles are the same with another seed");
    }

    @Test
    void everyArticleHasItsOwnArchiveNameAndParses() throws Exception {
        SyntheticCorpus corpus = corpus(5, 400, 25);
        AtomicInteger told = new AtomicInteger();
        Path out = dir.resolve("corpus");
        corpus.write(out, told::set);
        assertEquals(400, told.get());
        assertTrue(Files.readString(out.resolve(SyntheticCorpus.NOTICE)).contains("Never publish them"));

        List<Path> files = ArticleFiles.find(List.of(out)).files();
        assertEquals(400, files.size(), "every article, and only the articles, taken by load");
        Set<String> slugs = new HashSet<>();
        Set<Integer> years = new HashSet<>();
        ArticleParser parser = ArticleParser.create();
        for (Path f : files) {
            String name = f.getFileName().toString();
            String month = f.getParent().getFileName().toString();
            assertTrue(name.startsWith("rmrb__" + month + "__" + month.replace('.', '-')), name);
            assertTrue(name.matches(".*_synthetic-\\d{7}\\.md\\.txt"), name);
            assertTrue(name.getBytes(StandardCharsets.UTF_8).length <= 255, name);
            Article article = parser.parse(f);
            SourcePath path = article.path();
            assertEquals("rmrb/" + month + "/" + name.substring(("rmrb__" + month + "__").length(), name.length() - 4),
                path.archivePath());
            assertTrue(slugs.add(article.original().date() + "/" + article.original().page().orElseThrow() + "/"
                + path.slug()), "two articles with one URI: " + name);
            assertEquals(article.original().date(), article.translation().date(), name);
            assertEquals(article.original().page(), article.translation().page().or(article.original()::page), name);
            assertTrue(name.contains("__" + article.original().date() + "_"), name);
            years.add(article.original().date().getYear());
        }
        assertTrue(years.size() >= 10, "dates spread over the archive's years: " + years);
    }

    @Test
    void datesRunOverTheArchivesMonthsAtTheRateAsked() throws Exception {
        SyntheticCorpus corpus = corpus(1, 10_000, 2000);
        Map<YearMonth, Integer> perMonth = new TreeMap<>();
        LocalDate before = LocalDate.MIN;
        for (int i = 0; i < corpus.size(); i++) {
            LocalDate d = corpus.date(i);
            assertTrue(!d.isBefore(before), "in date order");
            before = d;
            perMonth.merge(YearMonth.from(d), 1, Integer::sum);
        }
        assertEquals(5, perMonth.size(), perMonth.toString());
        perMonth.values().forEach(n -> assertEquals(2000, n));
        assertTrue(perMonth.keySet().stream().allMatch(m -> !m.isBefore(SyntheticCorpus.FIRST_MONTH)
            && !m.isAfter(SyntheticCorpus.LAST_MONTH)));
        assertTrue(YearMonth.from(corpus.date(0)).isBefore(YearMonth.of(1955, 1)), corpus.date(0).toString());
        assertTrue(YearMonth.from(corpus.date(9999)).isAfter(YearMonth.of(1995, 1)), corpus.date(9999).toString());
        // More articles than the archive has months at that rate: every month holds more.
        SyntheticCorpus large = corpus(1, 2_000_000, 2000);
        assertEquals(SyntheticCorpus.FIRST_MONTH, YearMonth.from(large.date(0)));
        assertEquals(SyntheticCorpus.LAST_MONTH, YearMonth.from(large.date(large.size() - 1)));
    }

    @Test
    void aFolderThatHoldsFilesIsRefusedAndBadArgumentsAtBuild() throws Exception {
        Files.writeString(dir.resolve("other.txt"), "x");
        assertThrows(FileAlreadyExistsException.class, () -> corpus(1, 3, 2000).write(dir, done -> {}));
        assertThrows(IllegalArgumentException.class, () -> corpus(1, 0, 2000));
        assertThrows(IllegalArgumentException.class, () -> corpus(1, 10, 0));
        assertThrows(IllegalArgumentException.class, () -> SyntheticCorpus.builder().articles(1)
            .places(List.of(new BilingualName("河南", "Henan"), new BilingualName("河南", "Honan"))).build());
    }

    @Test
    void chineseNumeralsReadBackAsTheirValue() {
        SplittableRandom random = new SplittableRandom(3);
        for (int i = 0; i < 20_000; i++) {
            long n = 1 + random.nextLong(i % 2 == 0 ? 100_000 : 500_000_000_000L);
            assertEquals(BigDecimal.valueOf(n), Numerals.parse(Amounts.chinese(n)), n + " " + Amounts.chinese(n));
        }
        assertEquals("十五", Amounts.chinese(15));
        assertEquals("一千零七十万", Amounts.chinese(10_700_000));
        assertEquals("一亿零一十万", Amounts.chinese(100_100_000));
    }

    @Test
    void amountsStatedOnceInEachTextChangeTogetherOthersStay() throws Exception {
        Article reference = ArticleParser.create().parse(TestCorpus.REFERENCE);
        String zh = reference.originalBody().text();
        String en = reference.translationBody().text();
        String[] scaled = Amounts.scale(zh, en, 3);
        // 二十八万吨 / 280,000 tons and 一千零七十万吨 / 10.7 million tons stand once in each text.
        assertTrue(zh.contains("二十八万吨") && en.contains("280,000 tons"));
        assertTrue(scaled[0].contains("八十四万吨") && scaled[1].contains("840,000 tons"), scaled[1]);
        assertTrue(scaled[0].contains("三千二百一十万吨") && scaled[1].contains("32.1 million tons"));
        // 一万吨 stands twice in the original: left as it is in both texts.
        assertEquals(count(zh, "一万吨"), count(scaled[0], "一万吨"));
        assertEquals(count(en, "10,000 tons"), count(scaled[1], "10,000 tons"));
        assertArrayEquals(new String[] {zh, en}, Amounts.scale(zh, en, 1));
        assertNotEquals(zh, scaled[0]);
    }

    private static int count(String text, String words) {
        return text.split(java.util.regex.Pattern.quote(words), -1).length - 1;
    }

    private static Map<String, byte[]> files(Path root) throws Exception {
        Map<String, byte[]> files = new TreeMap<>();
        try (Stream<Path> walk = Files.walk(root)) {
            for (Path p : walk.filter(Files::isRegularFile).toList())
                files.put(root.relativize(p).toString(), Files.readAllBytes(p));
        }
        return files;
    }
}
