import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The growth curve of one long load, from three logs taken while it ran: the loader's progress (one line an
 * article, "2024-01-01T10:00:00.123 N of M articles done", logback at debug), the JVM's GC log
 * (-Xlog:gc:file=F:timemillis), and the store's allocated size sampled beside it ("EPOCH_MILLIS BYTES" lines).
 * Prints, for each tenth of the articles: the time it took, its rate, the store's size an article at its end, and
 * the heap, both the largest occupancy before a collection and the largest left after one (what the load holds).
 * Times count from START_MILLIS, when the load command was started; the last row is what followed the last article
 * until END_MILLIS, when the command ended (a bulk loader's building of its indexes).
 * Run: java scripts/GrowthCurve.java PROGRESS_LOG GC_LOG SIZE_LOG START_MILLIS END_MILLIS
 */
public class GrowthCurve {

    record Point(long millis, long value) {}

    private static final Pattern PROGRESS = Pattern.compile("^(\\S+) (\\d+) of (\\d+) articles done");
    private static final Pattern GC = Pattern.compile("^\\[(\\d+)ms\\].* (\\d+)M->(\\d+)M\\(");

    public static void main(String[] args) throws Exception {
        List<Point> done = new ArrayList<>();
        long total = 0;
        for (String line : Files.readAllLines(Path.of(args[0]))) {
            Matcher m = PROGRESS.matcher(line);
            if (m.find()) {
                long millis = LocalDateTime.parse(m.group(1)).atZone(ZoneId.systemDefault()).toInstant().toEpochMilli();
                done.add(new Point(millis, Long.parseLong(m.group(2))));
                total = Long.parseLong(m.group(3));
            }
        }
        List<Point> before = new ArrayList<>();
        List<Point> after = new ArrayList<>();
        for (String line : Files.readAllLines(Path.of(args[1]))) {
            Matcher m = GC.matcher(line);
            if (m.find()) {
                before.add(new Point(Long.parseLong(m.group(1)), Long.parseLong(m.group(2))));
                after.add(new Point(Long.parseLong(m.group(1)), Long.parseLong(m.group(3))));
            }
        }
        List<Point> sizes = new ArrayList<>();
        for (String line : Files.readAllLines(Path.of(args[2]))) {
            String[] f = line.trim().split("\\s+");
            if (f.length == 2)
                sizes.add(new Point(Long.parseLong(f[0]), Long.parseLong(f[1])));
        }
        if (done.isEmpty())
            throw new IllegalArgumentException(args[0] + ": no progress lines");
        System.out.println("| articles | time of this tenth | rate of this tenth | rate so far | store an article | heap before GC, max | heap after GC, max |");
        System.out.println("| ---: | ---: | ---: | ---: | ---: | ---: | ---: |");
        long start = Long.parseLong(args[3]);
        long from = start;
        long fromCount = 0;
        for (int tenth = 1; tenth <= 10; tenth++) {
            long target = total * tenth / 10;
            Point at = done.stream().filter(p -> p.value() >= target).findFirst().orElse(done.get(done.size() - 1));
            if (at.value() == fromCount)
                continue;
            long to = at.millis();
            long size = lastAtOrBefore(sizes, to);
            System.out.printf(Locale.ROOT, "| %,d | %.1f s | %.0f /s | %.0f /s | %s | %d MB | %d MB |%n",
                at.value(), (to - from) / 1e3, (at.value() - fromCount) * 1e3 / Math.max(1, to - from),
                at.value() * 1e3 / Math.max(1, to - start), size < 0 ? "" : String.format(Locale.ROOT, "%,d KB",
                size / at.value() / 1024), max(before, from, to), max(after, from, to));
            from = to;
            fromCount = at.value();
        }
        long end = Long.parseLong(args[4]);
        long size = lastAtOrBefore(sizes, end);
        System.out.printf(Locale.ROOT, "| then to the end | %.1f s | | %.0f /s | %s | %d MB | %d MB |%n", (end - from) / 1e3,
            fromCount * 1e3 / Math.max(1, end - start), size < 0 ? "" : String.format(Locale.ROOT, "%,d KB",
            size / Math.max(1, fromCount) / 1024), max(before, from, end), max(after, from, end));
    }

    private static long lastAtOrBefore(List<Point> points, long millis) {
        long value = -1;
        for (Point p : points)
            if (p.millis() <= millis)
                value = p.value();
        return value;
    }

    private static long max(List<Point> points, long from, long to) {
        return points.stream().filter(p -> p.millis() >= from && p.millis() <= to).mapToLong(Point::value).max().orElse(0);
    }
}
