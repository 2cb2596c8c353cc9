package org.newsgraph.article;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.newsgraph.text.Numerals;
import org.newsgraph.text.Widths;

/**
 * Reads the archive's article format: the English header and body, the {@code <hr />} / {@code Original:}
 * separator, then the Chinese header and body. Bodies are kept exactly as they stand in the file.
 * Anything that does not fit the format is an {@link ArticleFormatException} naming the line.
 * Instances are stateless and thread-safe.
 */
public final class ArticleParser {

    private static final Pattern FIELD = Pattern.compile("^(Title|Author|Date|Page|Edition|Column):(.*)$");
    // (?U): \s also matches U+3000, the full-width space the archive pads lines with. Digits stay ASCII [0-9]:
    // full-width ones are folded before matching.
    private static final Pattern RULE = Pattern.compile("(?U)^<hr\\s*/?>\\s*$");
    private static final Pattern ORIGINAL = Pattern.compile("(?U)^Original:\\s*$");
    /** The heading of the 1946 glossary: {@code **Named Entities**}, also seen as a plain or colon-ended heading. */
    private static final Pattern GLOSSARY =
        Pattern.compile("^\\s*(?:#+\\s*)?\\*{0,2}Named Entities:?\\*{0,2}:?\\s*$", Pattern.CASE_INSENSITIVE);
    /** A glossary line: a Chinese term, then its English rendering after spaces, a colon or a dash; maybe bulleted. */
    private static final Pattern GLOSSARY_LINE =
        Pattern.compile("^\\s*(?:[*\\-•]\\s+)?(\\S+?)\\s*(?:[:：=]|\\s[-–—]|\\s)\\s*(\\S.*?)\\s*$",
            Pattern.UNICODE_CHARACTER_CLASS);
    private static final Pattern HEADLINE = Pattern.compile("(?U)^#{1,6}\\s*(.*?)\\s*$");
    private static final Pattern DATE = Pattern.compile("(?U)^\\s*([0-9]{4})-([0-9]{1,2})-([0-9]{1,2})\\s*$");
    private static final Pattern PAGE_ZH = Pattern.compile("(?U)^\\s*第\\s*([0-9]+|[〇零一二三四五六七八九十]+)\\s*版\\s*(?:[(（](.*)[)）])?\\s*$");
    private static final Pattern COLUMN_ZH = Pattern.compile("^\\s*专栏\\s*[：:](.*)$");
    private static final Pattern NUMBER = Pattern.compile("(?U)^\\s*([0-9]+)\\s*$");
    /** Decks of a headline, and names on an author line, are set apart by U+3000 or by two or more spaces. */
    private static final Pattern WIDE_GAP = Pattern.compile("[\\u3000\\t]+\\s*| {2,}");
    private static final Pattern NAME_SEPARATOR_ZH = Pattern.compile("[\\u3000\\t]+\\s*| {2,}|[、，,]\\s*");
    private static final Pattern NAME_SEPARATOR_EN = Pattern.compile("\\s*(?:,|;|\\band\\b)\\s*");
    private static final Pattern PICTURE_MARK_ZH = Pattern.compile("^[（(]\\s*附(?:图片?|照片)\\s*[）)]$");
    private static final Pattern PICTURE_MARK_EN = Pattern.compile(
        "^\\(\\s*(?:(?:attached|accompanying|with)\\s+(?:picture|photo|photograph|image)s?"
            + "|(?:picture|photo|photograph|image)s?\\s+attached)\\s*\\)\\.?$", Pattern.CASE_INSENSITIVE);
    private static final Pattern PICTURE_TITLE_ZH = Pattern.compile("[（(]图片[）)]\\s*$");
    /** A credit line at the end of a caption: who took the picture, e.g. {@code 新华社记者　杨礼门摄}. */
    private static final Pattern CREDIT_ZH = Pattern.compile(
        "(?:^|(?<=[\\s\\u3000。，！]))(?<credit>(?:(?:新华社|本报|中国新闻社)?(?:特派)?(?:记者|通讯员))?[\\s\\u3000]*"
            + "(?<names>[\\p{IsHan}·]{2,4}(?:[\\s\\u3000、]+[\\p{IsHan}·]{2,4})*)摄(?:影)?)[\\s\\u3000]*$");
    private static final String NAME_EN = "\\p{Lu}[\\p{L}'’-]*(?:\\s+\\p{Lu}[\\p{L}'’-]*)*";
    private static final Pattern CREDIT_EN = Pattern.compile(
        "(?:\\bPhoto(?:graph)?(?:ed)?\\s+by|\\breporter|\\bcorrespondent)\\s+(?<names>" + NAME_EN
            + "(?:(?:\\s*,\\s*|\\s+and\\s+)" + NAME_EN + ")*)\\.?\\s*$");
    /**
     * The highest page number taken. The People's Daily of 1946–2003 printed 4 to 16 pages on most days and some
     * more on special days; a number beyond 48 is a misreading (a year, a count), not a page.
     */
    static final int MAX_PAGE = 48;
    /** The earliest date taken: the archive's periodicals are of the 20th century and later. */
    static final LocalDate EARLIEST = LocalDate.of(1900, 1, 1);
    /** The longest file name that file systems (ext4, NTFS, APFS) allow, in UTF-8 bytes. */
    static final int MAX_FILE_NAME_BYTES = 255;
    /** How many lines after the headline the original's date may stand (the author line comes between). */
    private static final int HEADER_LOOKAHEAD = 8;

    public static ArticleParser create() { return new ArticleParser(); }

    /**
     * True for a paragraph that marks a picture printed with the article, {@code （附图片）} in the original or
     * {@code (Attached picture)} in the translation: the paragraphs after it are the picture's caption.
     */
    public static boolean isPictureMark(String paragraph, Language lang) {
        return (lang == Language.ZH ? PICTURE_MARK_ZH : PICTURE_MARK_EN).matcher(paragraph.strip()).matches();
    }

    private ArticleParser() {}

    /** Reads and parses one file; the file's name is its source in errors and in the archive path. */
    public Article parse(Path file) throws IOException, ArticleFormatException {
        return parse(file.toString(), file.getFileName().toString(), readFile(file));
    }

    /** The bytes of one article file; a file larger than an article can be is refused before it is read. */
    public static byte[] readFile(Path file) throws IOException, ArticleFormatException {
        String tooLarge = ArticleText.tooLarge(Files.size(file));
        if (tooLarge != null)
            throw new ArticleFormatException(file.toString(), 1, tooLarge);
        return Files.readAllBytes(file);
    }

    /**
     * Parses the bytes of one article file.
     *
     * @param source   how errors name the input, e.g. the path as given on the command line
     * @param fileName the file's name, which gives the archive path and the URI slug
     */
    public Article parse(String source, String fileName, byte[] bytes) throws ArticleFormatException {
        checkFileName(source, fileName);
        String text = ArticleText.decode(source, bytes);
        return new Reader(source, fileName, text).read();
    }

    /**
     * Refuses a file name longer than file systems allow, and one with a character that may not be stored: the name
     * becomes the article's identifier.
     */
    private static void checkFileName(String source, String fileName) throws ArticleFormatException {
        int bytes = fileName.getBytes(StandardCharsets.UTF_8).length;
        if (bytes > MAX_FILE_NAME_BYTES)
            throw new ArticleFormatException(source, 1, "file name of " + bytes + " bytes; a file name has at most "
                + MAX_FILE_NAME_BYTES);
        for (int i = 0; i < fileName.length(); i++)
            if (ArticleText.isForbidden(fileName.charAt(i)))
                throw new ArticleFormatException(source, 1, String.format("file name holds a %s U+%04X",
                    ArticleText.describe(fileName.charAt(i)), (int) fileName.charAt(i)));
    }

    /** The parse of one file: its lines, a cursor, and the pieces found so far. */
    private static final class Reader {
        private final String source;
        private final String fileName;
        private final String text;
        private final List<int[]> lines = new ArrayList<>();   // {start, end} of each line, end before '\n'
        private final List<String> warnings = new ArrayList<>();

        Reader(String source, String fileName, String text) {
            this.source = source;
            this.fileName = fileName;
            this.text = text;
            int start = 0;
            for (int i = 0; i <= text.length(); i++) {
                if (i == text.length() || text.charAt(i) == '\n') {
                    if (i < text.length() || start < i)
                        lines.add(new int[] {start, i});
                    start = i + 1;
                }
            }
        }

        Article read() throws ArticleFormatException {
            Map<String, Integer> fields = new LinkedHashMap<>();
            int lastField = 0;
            int i = 0;
            for (; i < lines.size(); i++) {
                String s = line(i);
                if (s.isBlank())
                    continue;
                Matcher m = FIELD.matcher(s);
                if (!m.matches())
                    break;
                String key = m.group(1).equals("Edition") ? "Page" : m.group(1);
                if (fields.putIfAbsent(key, i) != null)
                    throw error(i, "second '" + m.group(1) + ":' line in the translation's header");
                lastField = i;
            }
            if (!fields.containsKey("Title"))
                throw error(0, "no 'Title:' line: the file must start with the translation's header");
            if (!fields.containsKey("Date"))
                throw error(lastField, "no 'Date:' line in the translation's header");

            int rule = findSeparator(i);
            int original = nextNonBlank(rule + 1);
            int glossaryAt = find(GLOSSARY, i, rule);
            int englishEnd = glossaryAt >= 0 ? glossaryAt : rule;
            Body translationBody = body(i, englishEnd);
            List<GlossaryEntry> glossary = glossaryAt >= 0 ? glossary(glossaryAt + 1, rule) : List.of();
            Header translation = translationHeader(fields);

            int h = nextNonBlank(original + 1);
            Matcher headline = h < lines.size() ? HEADLINE.matcher(line(h)) : null;
            if (headline == null || !headline.matches())
                throw error(Math.min(h, lines.size() - 1), "no '### ' headline after 'Original:'");
            int dateAt = -1;
            for (int j = h + 1; j < Math.min(lines.size(), h + 1 + HEADER_LOOKAHEAD); j++) {
                if (DATE.matcher(Widths.fold(line(j))).matches()) {
                    dateAt = j;
                    break;
                }
            }
            if (dateAt < 0)
                throw error(h + 1, "no date (YYYY-MM-DD) in the original's header");
            List<String> between = new ArrayList<>();
            for (int j = h + 1; j < dateAt; j++)
                if (!line(j).isBlank())
                    between.add(line(j).strip());
            String authorLine = between.isEmpty() ? "" : between.remove(between.size() - 1);
            if (!between.isEmpty())
                warnings.add("lines between the headline and the author line taken as headline decks: " + between);
            LocalDate date = date(dateAt, line(dateAt));
            Optional<String> nameDate = SourcePath.dateOf(fileName);
            if (nameDate.isPresent() && !nameDate.get().equals(date.toString()))
                throw error(dateAt, "the file name gives the date " + nameDate.get() + ", the original's header "
                    + date);

            int pageAt = nextNonBlank(dateAt + 1);
            Matcher page = pageAt < lines.size() ? PAGE_ZH.matcher(Widths.fold(line(pageAt))) : null;
            if (page == null || !page.matches())
                throw error(Math.min(pageAt, lines.size() - 1), "no '第N版(…)' page line after the original's date");
            int next = nextNonBlank(pageAt + 1);
            Optional<String> column = Optional.empty();
            if (next < lines.size()) {
                Matcher c = COLUMN_ZH.matcher(line(next));
                if (c.matches()) {
                    column = nonEmpty(c.group(1));
                    next++;
                }
            }
            int pageNumber;
            try {
                pageNumber = page(pageAt, Numerals.parse(page.group(1)).intValueExact());
            } catch (NumberFormatException | ArithmeticException e) {
                throw error(pageAt, "page is not a number: '" + line(pageAt).strip() + "'");
            }
            if (next < lines.size() && (PAGE_ZH.matcher(Widths.fold(line(next))).matches()
                || COLUMN_ZH.matcher(line(next)).matches() || DATE.matcher(Widths.fold(line(next))).matches()))
                throw error(next, "a header line of the original again: '" + line(next).strip() + "'");
            // The page line is matched folded; the section keeps its own characters: 国内专页（经济）.
            String section = page.group(2) == null ? null : line(pageAt).substring(page.start(2), page.end(2));
            String headlineText = headline.group(1);
            List<String> decks = new ArrayList<>(split(WIDE_GAP, headlineText));
            decks.addAll(between);
            Header originalHeader = new Header(headlineText, decks, split(NAME_SEPARATOR_ZH, authorLine), date,
                Optional.of(pageNumber), nonEmpty(section), column);
            Body originalBody = body(next, lines.size());
            // Every article of the archive has a text, a picture's caption at least: a file that ends with the
            // original's header has been cut.
            if (originalBody.isEmpty())
                throw error(lines.size() - 1, "no text after the original's header");

            compare(originalHeader, translation);
            return new Article(source, SourcePath.ofFileName(fileName), originalHeader, translation, originalBody,
                translationBody, photos(originalHeader, translation, originalBody, translationBody), glossary,
                warnings);
        }

        private Header translationHeader(Map<String, Integer> fields) throws ArticleFormatException {
            String title = value(fields, "Title").orElse("");
            if (title.isEmpty())
                throw error(fields.get("Title"), "empty 'Title:' in the translation's header");
            LocalDate date = date(fields.get("Date"), value(fields, "Date").orElse(""));
            Optional<Integer> page = Optional.empty();
            if (fields.containsKey("Page")) {
                Matcher m = NUMBER.matcher(Widths.fold(value(fields, "Page").orElse("")));
                if (!m.matches())
                    throw error(fields.get("Page"), "page is not a number: '" + line(fields.get("Page")) + "'");
                try {
                    page = Optional.of(page(fields.get("Page"), Integer.parseInt(m.group(1))));
                } catch (NumberFormatException e) {
                    throw error(fields.get("Page"), "page is not a number: '" + line(fields.get("Page")) + "'");
                }
            }
            return new Header(title, List.of(title), split(NAME_SEPARATOR_EN, value(fields, "Author").orElse("")),
                date, page, Optional.empty(), value(fields, "Column"));
        }

        private void compare(Header original, Header translation) {
            if (!original.date().equals(translation.date()))
                warnings.add("the translation's header gives the date " + translation.date()
                    + ", the original's " + original.date());
            if (translation.page().isPresent() && !translation.page().equals(original.page()))
                warnings.add("the translation's header gives page " + translation.page().get()
                    + ", the original's " + original.page().orElse(null));
        }

        private List<Photo> photos(Header original, Header translation, Body zh, Body en) {
            List<Photo> photos = new ArrayList<>();
            if (PICTURE_TITLE_ZH.matcher(original.headline()).find()) {
                // A picture item: the whole body is the caption, and the bylined authors made the picture.
                photos.add(photo(Optional.of(zh.text().strip()).filter(s -> !s.isEmpty()),
                    Optional.of(en.text().strip()).filter(s -> !s.isEmpty()), original.authors(),
                    translation.authors()));
                return photos;
            }
            Optional<String> captionZh = captionAfter(zh, PICTURE_MARK_ZH);
            if (captionZh != null)
                photos.add(photo(captionZh, Optional.ofNullable(captionAfter(en, PICTURE_MARK_EN)).flatMap(c -> c),
                    List.of(), List.of()));
            return photos;
        }

        /** The caption following a picture marker: empty when the marker ends the body, null when there is no marker. */
        private static Optional<String> captionAfter(Body body, Pattern marker) {
            List<Paragraph> ps = body.paragraphs();
            for (int k = 0; k < ps.size(); k++) {
                if (marker.matcher(ps.get(k).text()).matches()) {
                    StringBuilder caption = new StringBuilder();
                    for (Paragraph p : ps.subList(k + 1, ps.size()))
                        caption.append(caption.length() == 0 ? "" : "\n").append(p.text());
                    return nonEmpty(caption.toString());
                }
            }
            return null;
        }

        private static Photo photo(Optional<String> captionZh, Optional<String> captionEn, List<String> bylineZh,
                                   List<String> bylineEn) {
            Optional<String> credit = Optional.empty();
            List<String> creatorsZh = bylineZh;
            if (captionZh.isPresent()) {
                Matcher m = CREDIT_ZH.matcher(captionZh.get());
                if (m.find()) {
                    credit = Optional.of(m.group("credit").strip());
                    if (creatorsZh.isEmpty())
                        creatorsZh = split(NAME_SEPARATOR_ZH, m.group("names"));
                }
            }
            List<String> creatorsEn = bylineEn;
            if (captionEn.isPresent() && (creatorsEn.isEmpty() || creatorsEn.size() != creatorsZh.size())) {
                Matcher m = CREDIT_EN.matcher(captionEn.get());
                if (m.find())
                    creatorsEn = split(NAME_SEPARATOR_EN, m.group("names"));
            }
            if (creatorsEn.size() != creatorsZh.size())
                creatorsEn = List.of();
            return new Photo(captionZh, captionEn, credit, creatorsZh, creatorsEn);
        }

        /** The glossary's entries; a line that is not one is reported and left out, not a reason to reject the file. */
        private List<GlossaryEntry> glossary(int from, int to) {
            List<GlossaryEntry> entries = new ArrayList<>();
            for (int j = from; j < to; j++) {
                if (line(j).isBlank())
                    continue;
                Matcher m = GLOSSARY_LINE.matcher(line(j));
                if (m.matches())
                    entries.add(new GlossaryEntry(m.group(1), m.group(2), j + 1));
                else
                    warnings.add("line " + (j + 1) + ": glossary line left out, not '<Chinese> <English>': '"
                        + line(j).strip() + "'");
            }
            return entries;
        }

        /**
         * The first {@code <hr />} line at or after {@code from} whose next non-blank line is {@code Original:}; a
         * rule right before it is a doubled separator, which would otherwise end the translation's body.
         */
        private int findSeparator(int from) throws ArticleFormatException {
            int firstRule = -1;
            int lastRule = -1;
            for (int j = from; j < lines.size(); j++) {
                if (!RULE.matcher(line(j)).matches())
                    continue;
                int k = nextNonBlank(j + 1);
                if (k < lines.size() && ORIGINAL.matcher(line(k)).matches()) {
                    if (lastRule >= 0 && nextNonBlank(lastRule + 1) == j)
                        throw error(j, "'<hr />' twice in a row: the separator is one rule, then 'Original:'");
                    return j;
                }
                if (firstRule < 0)
                    firstRule = j;
                lastRule = j;
            }
            if (firstRule >= 0)
                throw error(firstRule, "'<hr />' is not followed by 'Original:'");
            throw error(lines.size() - 1, "no '<hr />' and 'Original:' separator between the translation and the original");
        }

        private Body body(int from, int to) {
            int a = nextNonBlank(from);
            int b = to;
            while (b > a && line(b - 1).isBlank())
                b--;
            if (a >= b)
                return new Body("", from < lines.size() ? lines.get(from)[0] : text.length(), from + 1, List.of());
            int start = lines.get(a)[0];
            String bodyText = text.substring(start, lines.get(b - 1)[1]);
            List<Paragraph> paragraphs = new ArrayList<>();
            for (int j = a; j < b; j++) {
                int s = lines.get(j)[0];
                int e = lines.get(j)[1];
                while (s < e && Widths.isBlank(text.charAt(s)))
                    s++;
                while (e > s && Widths.isBlank(text.charAt(e - 1)))
                    e--;
                if (s < e)
                    paragraphs.add(new Paragraph(Span.ofChars(bodyText, s - start, e - start), text.substring(s, e), j + 1));
            }
            return new Body(bodyText, start, a + 1, paragraphs);
        }

        private LocalDate date(int at, String value) throws ArticleFormatException {
            Matcher m = DATE.matcher(Widths.fold(value));
            if (!m.matches())
                throw error(at, "not a date (YYYY-MM-DD): '" + value.strip() + "'");
            LocalDate date;
            try {
                date = LocalDate.of(Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2)),
                    Integer.parseInt(m.group(3)));
            } catch (DateTimeException e) {
                throw error(at, "impossible date '" + value.strip() + "' (" + e.getMessage() + ")");
            }
            if (date.isBefore(EARLIEST) || date.isAfter(LocalDate.now(ZoneOffset.UTC).plusDays(1)))
                throw error(at, "date " + date + " is not a date of the archive (from " + EARLIEST + " to today)");
            return date;
        }

        /** {@code number} when it is a page the paper could have printed; the number came from line {@code at}. */
        private int page(int at, int number) throws ArticleFormatException {
            if (number < 1 || number > MAX_PAGE)
                throw error(at, "page " + number + " is not a page of the paper (1 to " + MAX_PAGE + ")");
            return number;
        }

        private Optional<String> value(Map<String, Integer> fields, String key) {
            Integer at = fields.get(key);
            if (at == null)
                return Optional.empty();
            Matcher m = FIELD.matcher(line(at));
            m.matches();
            return nonEmpty(m.group(2));
        }

        private int find(Pattern p, int from, int to) {
            for (int j = from; j < to; j++)
                if (p.matcher(line(j)).matches())
                    return j;
            return -1;
        }

        private int nextNonBlank(int from) {
            int j = from;
            while (j < lines.size() && line(j).isBlank())
                j++;
            return j;
        }

        private String line(int index) {
            int[] l = lines.get(index);
            return text.substring(l[0], l[1]);
        }

        private ArticleFormatException error(int index, String reason) {
            // A part missing at the end of the file is reported on its last line, not on one past it.
            return new ArticleFormatException(source, Math.max(Math.min(index, lines.size() - 1), 0) + 1, reason);
        }
    }

    private static Optional<String> nonEmpty(String s) {
        String t = s == null ? "" : s.strip();
        return t.isEmpty() ? Optional.empty() : Optional.of(t);
    }

    private static List<String> split(Pattern separator, String s) {
        List<String> parts = new ArrayList<>();
        for (String part : separator.split(s.strip()))
            if (!part.isBlank())
                parts.add(part.strip());
        return parts;
    }
}
