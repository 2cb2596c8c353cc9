import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.newsgraph.article.Article;
import org.newsgraph.article.ArticleFiles;
import org.newsgraph.article.ArticleParser;
import org.newsgraph.rdf.ArticleConverter;
import org.newsgraph.rdf.AuthorityData;
import org.newsgraph.rdf.UriScheme;

/**
 * Measures the extraction stage alone (mentions, people, amounts, dates; no parsing, mapping or storing) on the
 * bundled corpus, in one warm JVM: characters of both bodies per second.
 * Run: java -cp target/newsgraph.jar scripts/ExtractionRate.java [ROUNDS]
 */
public class ExtractionRate {
    public static void main(String[] args) throws Exception {
        int rounds = args.length > 0 ? Integer.parseInt(args[0]) : 20;
        UriScheme uris = UriScheme.of("http://localhost:3030/");
        var extractor = ArticleConverter.create(uris, AuthorityData.load(Path.of("rdf"), uris)).extractor();
        List<Article> articles = new ArrayList<>();
        long chars = 0;
        for (Path f : ArticleFiles.find(List.of(Path.of("corpus"))).files()) {
            Article a = ArticleParser.create().parse(f);
            articles.add(a);
            chars += a.originalBody().text().length() + a.translationBody().text().length();
        }
        for (Article a : articles)
            extractor.annotate(a);   // warm up: dictionaries, JIT
        long start = System.nanoTime();
        long found = 0;
        for (int r = 0; r < rounds; r++)
            for (Article a : articles) {
                var x = extractor.annotate(a);
                found += x.mentions().size() + x.quantities().size() + x.dates().size();
            }
        double seconds = (System.nanoTime() - start) / 1e9;
        System.out.printf("extract  %d articles x %d rounds, %d chars each round: %.2f s, %.0f chars/s, %d findings/round%n",
            articles.size(), rounds, chars, seconds, chars * rounds / seconds, found / rounds);
    }
}
