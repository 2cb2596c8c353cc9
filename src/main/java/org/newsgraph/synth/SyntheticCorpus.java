package org.newsgraph.synth;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.SplittableRandom;
import java.util.TreeMap;
import java.util.function.IntConsumer;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.newsgraph.article.ArticleFiles;
import org.newsgraph.article.ArticleFormatException;
import org.newsgraph.article.ArticleParser;
import org.newsgraph.article.Header;
import org.newsgraph.bundled.BundledData;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A synthetic corpus in the archive's exact format, for measuring newsgraph at the archive's scale. Each article is
 * built from a real article file (by default the bundled corpus) and given its own date, page, places, people,
 * amounts and length:
 *
 * <ul>
 * <li>dates run from May 1946 to December 2003, about {@code perMonth} articles a month (the archive prints about
 *     2,000), in months spread evenly over those years; pages as the paper had them then;
 * <li>the provinces an article names in both texts are swapped for others, each Chinese name in the original and
 *     its English name in the translation; bylined people likewise, for people of the other articles;
 * <li>its amounts are multiplied by one factor in both texts where each text states them once ({@link Amounts});
 * <li>where both texts have as many paragraphs, the body is cut short or continued with the paragraphs of another
 *     such article, each Chinese paragraph with its English one; a picture and its caption are kept or left out.
 * </ul>
 *
 * <p>Article {@code i} depends only on the seed and {@code i}, so the same seed gives the same files byte for byte,
 * and writing holds one article at a time whatever the corpus's size. File names follow the archive's, with a
 * {@code _synthetic-NNNNNNN} serial that makes each unique and says what it is; the folder also gets a
 * {@value #NOTICE} that says the articles are synthetic and must never be published as real.
 */
public final class SyntheticCorpus {

    /** The note written into the corpus folder. */
    public static final String NOTICE = "SYNTHETIC.md";
    /** The months the archive covers. */
    static final YearMonth FIRST_MONTH = YearMonth.of(1946, 5);
    static final YearMonth LAST_MONTH = YearMonth.of(2003, 12);
    private static final int ARCHIVE_MONTHS = (int) FIRST_MONTH.until(LAST_MONTH, ChronoUnit.MONTHS) + 1;

    private static final Logger LOG = LoggerFactory.getLogger(SyntheticCorpus.class);
    private static final String ARCHIVE = "rmrb";
    /** Amounts are left as they are in half the articles, else multiplied by one of these. */
    private static final long[] FACTORS = {1, 1, 1, 2, 3, 5};
    /** Title parts of file names are cut to this many characters, so a name stays within 255 bytes. */
    private static final int TITLE_LIMIT = 60;
    private static final Pattern DATE_EN = Pattern.compile("(?m)^Date:.*$");
    private static final Pattern PAGE_EN = Pattern.compile("(?m)^(?:Page|Edition):.*$");
    private static final Pattern DATE_ZH =
        Pattern.compile("(?m)^([ \\t\\u3000]*)[0-9０-９]{4}-[0-9０-９]{1,2}-[0-9０-９]{1,2}([ \\t\\u3000]*)$");
    private static final Pattern PAGE_ZH = Pattern.compile("(?m)^([ \\t\\u3000]*)第\\s*(?:[0-9０-９]+|[〇零一二三四五六七八九十]+)\\s*版.*$");
    private static final Pattern HAN_NAME = Pattern.compile("\\p{IsHan}{2,4}");
    private static final Pattern LATIN_NAME = Pattern.compile("\\p{Lu}[\\p{L}'’-]+(?: \\p{Lu}[\\p{L}'’-]+)*");

    private final List<Template> templates;
    private final List<Template> paired;
    private final List<BilingualName> places;
    private final List<BilingualName> people;
    private final Map<Integer, String> sections;
    private final long seed;
    private final int articles;
    private final int perMonth;
    private final int months;

    private SyntheticCorpus(Builder b, List<Template> templates) {
        this.templates = templates;
        this.paired = templates.stream().filter(t -> t.paired() && t.original().text().size() >= 2).toList();
        this.places = List.copyOf(b.places);
        this.people = people(templates);
        this.sections = sections(templates);
        this.seed = b.seed;
        this.articles = b.articles;
        int wanted = (int) Math.min(ARCHIVE_MONTHS, ((long) b.articles + b.perMonth - 1) / b.perMonth);
        this.months = wanted;
        this.perMonth = (int) (((long) b.articles + wanted - 1) / wanted);
    }

    public static Builder builder() { return new Builder(); }

    /** The number of articles. */
    public int size() { return articles; }

    /**
     * One synthetic article.
     *
     * @param path where it goes in the corpus folder, {@code rmrb/1958.09/rmrb__1958.09__1958-09-05_…​.md.txt}
     * @param text the file's text
     */
    public record SyntheticArticle(String path, String text) {}

    /** Article {@code index} (0 to {@link #size()} − 1). */
    public SyntheticArticle article(int index) {
        Objects.checkIndex(index, articles);
        SplittableRandom random = new SplittableRandom(seed ^ (0x9E3779B97F4A7C15L * (index + 1L)));
        LocalDate date = date(index);
        int page = 1 + random.nextInt(date.getYear() < 1950 ? 4 : date.getYear() < 1990 ? 8 : 12);
        Template t = templates.get(random.nextInt(templates.size()));

        List<String> en = new ArrayList<>(t.translation().text());
        List<String> zh = new ArrayList<>(t.original().text());
        if (paired.contains(t)) {
            int change = random.nextInt(3);
            if (change == 0) {
                int keep = (zh.size() + 1) / 2 + random.nextInt(zh.size() / 2);
                en = en.subList(0, keep);
                zh = zh.subList(0, keep);
            } else if (change == 1 && paired.size() > 1) {
                // The closing paragraphs of another article: its opening ones repeat its headline and dateline.
                int other = random.nextInt(paired.size() - 1);
                Template more = paired.get(other >= paired.indexOf(t) ? other + 1 : other);
                int size = more.original().text().size();
                int from = size - 1 - random.nextInt(size - 1);
                en.addAll(more.translation().text().subList(from, size));
                zh.addAll(more.original().text().subList(from, size));
            }
        }
        // A picture may be left out where both texts mark it and have words before it.
        boolean optional = t.translation().pictureAt().orElse(0) > 0 && t.original().pictureAt().orElse(0) > 0;
        if (!optional || random.nextBoolean()) {
            en.addAll(t.translation().picture());
            zh.addAll(t.original().picture());
        }
        String[] bodies = Amounts.scale(join(zh), join(en), FACTORS[random.nextInt(FACTORS.length)]);

        String enText = translationHeader(t.header(), date, page) + bodies[1];
        String between = originalHeader(t.between(), date, page);
        String zhText = bodies[0] + t.end();
        Map<String, String> zhNames = new LinkedHashMap<>();
        Map<String, String> enNames = new LinkedHashMap<>();
        swapPlaces(enText + between, between + zhText, random, zhNames, enNames);
        swapPeople(t, random, zhNames, enNames);
        Swaps zhSwaps = Swaps.of(zhNames, false);
        Swaps enSwaps = Swaps.of(enNames, true);
        String text = enSwaps.in(enText) + zhSwaps.in(enSwaps.in(between)) + zhSwaps.in(zhText);

        String title = zhSwaps.in(t.article().path().slug());
        if (title.codePointCount(0, title.length()) > TITLE_LIMIT)
            title = title.substring(0, title.offsetByCodePoints(0, TITLE_LIMIT));
        String month = date.format(DateTimeFormatter.ofPattern("yyyy.MM"));
        String name = ARCHIVE + "__" + month + "__" + date + "_" + title + "_synthetic-" + String.format("%07d", index)
            + ".md.txt";
        return new SyntheticArticle(ARCHIVE + "/" + month + "/" + name, text);
    }

    /**
     * Writes the corpus into {@code folder}, which must be new or empty, with its {@value #NOTICE}; tells
     * {@code progress} how many articles are written after each.
     */
    public void write(Path folder, IntConsumer progress) throws IOException {
        requireNewOrEmpty(folder);
        Files.createDirectories(folder);
        Files.writeString(folder.resolve(NOTICE), notice(), StandardCharsets.UTF_8, StandardOpenOption.CREATE_NEW);
        Path made = null;
        for (int i = 0; i < articles; i++) {
            SyntheticArticle a = article(i);
            Path file = folder.resolve(a.path());
            if (!file.getParent().equals(made)) {
                made = file.getParent();
                Files.createDirectories(made);
            }
            Files.writeString(file, a.text(), StandardCharsets.UTF_8, StandardOpenOption.CREATE_NEW);
            progress.accept(i + 1);
        }
        LOG.debug("{} synthetic articles written to {} (seed {}, {} months of about {} articles)", articles, folder,
            seed, months, perMonth);
    }

    /** Refuses a folder that holds anything: synthetic articles are never mixed with other files. */
    public static void requireNewOrEmpty(Path folder) throws IOException {
        if (Files.isDirectory(folder)) {
            try (Stream<Path> entries = Files.list(folder)) {
                if (entries.findAny().isPresent())
                    throw new FileAlreadyExistsException(folder.toString(), null,
                        "not empty: synthetic articles are written into a new or empty folder");
            }
        } else if (Files.exists(folder)) {
            throw new FileAlreadyExistsException(folder.toString(), null, "not a folder");
        }
    }

    /** The date of article {@code index}: months spread evenly over the archive's, days evenly over each month. */
    LocalDate date(int index) {
        int k = index / perMonth;
        int inMonth = Math.min(perMonth, articles - k * perMonth);
        YearMonth month = FIRST_MONTH.plusMonths((long) (2 * k + 1) * ARCHIVE_MONTHS / (2L * months));
        return month.atDay(1 + (int) ((long) (index % perMonth) * month.lengthOfMonth() / inMonth));
    }

    private String notice() {
        return "# Synthetic articles: not the People's Daily\n\n"
            + "Every article file in this folder was made by `newsgraph synth` (seed " + seed + ", " + articles
            + " articles, about " + perMonth + " a month) from " + templates.size() + " real article files of the "
            + "People's Daily archive (the bundled corpus, see its SOURCES.md), with other dates, pages, provinces, "
            + "bylined people, amounts and lengths. The dates, places, people and figures they state are made up: "
            + "the paper never printed these articles.\n\n"
            + "They exist to measure newsgraph at the archive's scale. Never publish them, or data made from them, as "
            + "the paper's articles. Each file's name ends in `_synthetic-NNNNNNN`, and so does the URI of each "
            + "article made from it.\n";
    }

    /**
     * Chooses new provinces for those the article names in both texts: each goes to a different province, never
     * to one the article names in one text only, so that no two places become one.
     */
    private void swapPlaces(String en, String zh, SplittableRandom random, Map<String, String> zhNames,
                            Map<String, String> enNames) {
        List<BilingualName> named = new ArrayList<>();
        List<BilingualName> free = new ArrayList<>();
        for (BilingualName p : places) {
            boolean inZh = zh.contains(p.zh());
            boolean inEn = containsWord(en, p.en());
            if (inZh && inEn)
                named.add(p);
            if (inZh == inEn)
                free.add(p);
        }
        shuffle(free, random);
        for (int i = 0; i < named.size(); i++) {
            zhNames.put(named.get(i).zh(), free.get(i).zh());
            enNames.put(named.get(i).en(), free.get(i).en());
        }
    }

    /** In half the articles whose two headers name the same number of people, other people of the corpus. */
    private void swapPeople(Template t, SplittableRandom random, Map<String, String> zhNames,
                            Map<String, String> enNames) {
        List<BilingualName> bylined = byline(t.article().original(), t.article().translation());
        if (bylined.isEmpty() || !random.nextBoolean())
            return;
        List<BilingualName> others = new ArrayList<>(people);
        others.removeAll(bylined);
        if (others.size() < bylined.size())
            return;
        shuffle(others, random);
        for (int i = 0; i < bylined.size(); i++) {
            zhNames.put(bylined.get(i).zh(), others.get(i).zh());
            enNames.put(bylined.get(i).en(), others.get(i).en());
        }
    }

    /** The people of a byline with their names in both texts, or none when the two headers cannot be paired. */
    private static List<BilingualName> byline(Header original, Header translation) {
        List<String> zh = original.authors();
        List<String> en = translation.authors();
        if (zh.size() != en.size())
            return List.of();
        List<BilingualName> people = new ArrayList<>();
        for (int i = 0; i < zh.size(); i++) {
            if (!HAN_NAME.matcher(zh.get(i)).matches() || !LATIN_NAME.matcher(en.get(i)).matches())
                return List.of();
            people.add(new BilingualName(zh.get(i), en.get(i)));
        }
        return people;
    }

    private static List<BilingualName> people(List<Template> templates) {
        return templates.stream().flatMap(t -> byline(t.article().original(), t.article().translation()).stream())
            .distinct().toList();
    }

    /** The section each page had in the templates that name one (第1版(要闻)), for the years the paper named them. */
    private static Map<Integer, String> sections(List<Template> templates) {
        Map<Integer, String> sections = new TreeMap<>();
        for (Template t : templates)
            t.article().original().section().ifPresent(s -> sections.putIfAbsent(t.article().original().page().orElseThrow(), s));
        return sections;
    }

    private static String translationHeader(String header, LocalDate date, int page) {
        // The archive's early and late files say Edition where those of 1948 to 1965 say Page.
        String label = date.getYear() < 1948 || date.getYear() >= 1966 ? "Edition" : "Page";
        String h = DATE_EN.matcher(header).replaceFirst("Date: " + date);
        return PAGE_EN.matcher(h).replaceFirst(label + ": " + page);
    }

    private String originalHeader(String between, LocalDate date, int page) {
        int headline = between.indexOf("\n###", between.indexOf("Original:"));
        String head = between.substring(0, headline);
        String rest = DATE_ZH.matcher(between.substring(headline)).replaceFirst("$1" + date + "$2");
        String section = date.getYear() >= 1987 ? sections.getOrDefault(page, "") : "";
        rest = PAGE_ZH.matcher(rest).replaceFirst("$1第" + page + "版(" + Matcher.quoteReplacement(section) + ")");
        return head + rest;
    }

    /** Paragraphs as one body: each after a line break, however it was cut from its own body. */
    private static String join(List<String> paragraphs) {
        StringBuilder b = new StringBuilder();
        for (String p : paragraphs) {
            if (b.length() == 0)
                b.append(p.substring(p.lastIndexOf('\n') + 1));
            else
                b.append(p.startsWith("\n") ? p : "\n" + p);
        }
        return b.toString();
    }

    /** True when {@code text} holds {@code word} as a whole word, not within a longer one. */
    private static boolean containsWord(String text, String word) {
        for (int at = text.indexOf(word); at >= 0; at = text.indexOf(word, at + 1))
            if (isWord(text, at, at + word.length()))
                return true;
        return false;
    }

    private static boolean isWord(String text, int begin, int end) {
        return (begin == 0 || !Character.isLetterOrDigit(text.codePointBefore(begin)))
            && (end == text.length() || !Character.isLetterOrDigit(text.codePointAt(end)));
    }

    /** Names to replace, by one pattern of them all, longest first; for English, only as whole words. */
    private record Swaps(Map<String, String> replacements, Pattern pattern, boolean words) {

        static Swaps of(Map<String, String> replacements, boolean words) {
            List<String> keys = new ArrayList<>(replacements.keySet());
            keys.sort((a, b) -> b.length() - a.length());
            StringBuilder alternatives = new StringBuilder();
            for (String k : keys)
                alternatives.append(alternatives.length() == 0 ? "" : "|").append(Pattern.quote(k));
            return new Swaps(Map.copyOf(replacements), keys.isEmpty() ? null : Pattern.compile(alternatives.toString()),
                words);
        }

        String in(String text) {
            if (pattern == null)
                return text;
            Matcher m = pattern.matcher(text);
            StringBuilder b = new StringBuilder(text.length() + 16);
            int at = 0;
            while (m.find()) {
                if (words && !isWord(text, m.start(), m.end()))
                    continue;
                b.append(text, at, m.start()).append(replacements.get(m.group()));
                at = m.end();
            }
            return b.append(text, at, text.length()).toString();
        }
    }

    private static <T> void shuffle(List<T> list, SplittableRandom random) {
        for (int i = list.size() - 1; i > 0; i--)
            Collections.swap(list, i, random.nextInt(i + 1));
    }

    /** Builds a corpus; {@link #build()} checks the arguments and reads the templates. */
    public static final class Builder {
        private Path templates;
        private List<BilingualName> places = List.of();
        private long seed = 1;
        private int articles = -1;
        private int perMonth = 2000;

        private Builder() {}

        /** The folder of real article files to build from (default: the bundled corpus). */
        public Builder templates(Path folder) {
            this.templates = folder;
            return this;
        }

        /** The provinces to swap, with their names in both languages (default: none, places are kept). */
        public Builder places(List<BilingualName> places) {
            this.places = List.copyOf(places);
            return this;
        }

        public Builder seed(long seed) {
            this.seed = seed;
            return this;
        }

        public Builder articles(int articles) {
            this.articles = articles;
            return this;
        }

        /** Articles a month (default 2,000, as the archive prints). */
        public Builder perMonth(int perMonth) {
            this.perMonth = perMonth;
            return this;
        }

        public SyntheticCorpus build() throws IOException, ArticleFormatException {
            if (articles < 1)
                throw new IllegalArgumentException("the number of articles must be at least 1, not " + articles);
            if (perMonth < 1)
                throw new IllegalArgumentException("the articles a month must be at least 1, not " + perMonth);
            if (places.stream().map(BilingualName::zh).distinct().count() != places.size()
                || places.stream().map(BilingualName::en).distinct().count() != places.size())
                throw new IllegalArgumentException("two places with the same name: each must be told apart by its names");
            Path folder = templates == null ? BundledData.folder(BundledData.CORPUS) : templates;
            ArticleParser parser = ArticleParser.create();
            List<Template> read = new ArrayList<>();
            for (Path file : ArticleFiles.find(List.of(folder)).files())
                read.add(Template.read(file, parser));
            if (read.isEmpty())
                throw new IllegalArgumentException(folder + ": no article files to build synthetic articles from");
            return new SyntheticCorpus(this, read);
        }
    }
}
