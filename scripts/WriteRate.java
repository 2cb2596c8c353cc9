import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.apache.jena.graph.Node;
import org.apache.jena.riot.lang.CollectorStreamQuads;
import org.apache.jena.riot.system.StreamRDF;
import org.apache.jena.riot.system.StreamRDFLib;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.Quad;
import org.apache.jena.system.Txn;
import org.apache.jena.tdb2.DatabaseMgr;
import org.apache.jena.tdb2.loader.DataLoader;
import org.apache.jena.tdb2.loader.LoaderFactory;
import org.apache.jena.tdb2.sys.TDBInternal;
import org.newsgraph.article.ArticleFiles;
import org.newsgraph.rdf.ArticleConverter;
import org.newsgraph.rdf.AuthorityData;
import org.newsgraph.rdf.UriScheme;

/**
 * Measures the writing of a first load alone: the articles of a folder are converted once (on all cores, not
 * timed), then their quads are written into fresh TDB2 stores, once each way: newsgraph's write transactions of
 * 100 articles through StreamRDF, and Jena's basic, phased and parallel bulk loaders fed from the same StreamRDF.
 * Run: java -cp target/newsgraph.jar scripts/WriteRate.java CORPUS_DIR WORK_DIR
 */
public class WriteRate {
    public static void main(String[] args) throws Exception {
        Path corpus = Path.of(args[0]);
        Path work = Path.of(args[1]);
        UriScheme uris = UriScheme.of("http://localhost:3030/");
        ArticleConverter converter = ArticleConverter.create(uris, AuthorityData.load(Path.of("rdf"), uris));
        List<Path> files = ArticleFiles.find(List.of(corpus)).files();
        List<List<Quad>> articles = files.parallelStream().map(f -> {
            try {
                CollectorStreamQuads quads = new CollectorStreamQuads();
                converter.write(converter.read(f), quads);
                return quads.getCollected();
            } catch (Exception e) {
                throw new IllegalStateException(f + ": " + e, e);
            }
        }).toList();
        var os = (com.sun.management.OperatingSystemMXBean) java.lang.management.ManagementFactory.getOperatingSystemMXBean();
        long quads = articles.stream().mapToLong(List::size).sum();
        System.out.printf("%d articles, %d quads%n", articles.size(), quads);
        // Transactions both first and last, so that the JVM's warming up shows rather than favouring one way.
        List<String> ways = List.of("transactions", "basic", "phased", "parallel", "transactions");
        for (int i = 0; i < ways.size(); i++) {
            String way = ways.get(i);
            DatasetGraph dsg = DatabaseMgr.connectDatasetGraph(work.resolve(i + "-" + way).toString());
            long start = System.nanoTime();
            long cpuStart = os.getProcessCpuTime();
            if (way.equals("transactions")) {
                for (int from = 0; from < articles.size(); from += 100) {
                    List<List<Quad>> batch = articles.subList(from, Math.min(articles.size(), from + 100));
                    Txn.executeWrite(dsg, () -> {
                        StreamRDF out = StreamRDFLib.dataset(dsg);
                        for (List<Quad> article : batch) {
                            dsg.deleteAny(article.get(0).getGraph(), Node.ANY, Node.ANY, Node.ANY);
                            article.forEach(out::quad);
                        }
                    });
                }
            } else {
                DataLoader loader = switch (way) {
                    case "basic" -> LoaderFactory.basicLoader(dsg, (format, values) -> {});
                    case "phased" -> LoaderFactory.phasedLoader(dsg, (format, values) -> {});
                    default -> LoaderFactory.parallelLoader(dsg, (format, values) -> {});
                };
                loader.startBulk();
                StreamRDF out = loader.stream();
                articles.forEach(article -> article.forEach(out::quad));
                loader.finishBulk();
            }
            double seconds = (System.nanoTime() - start) / 1e9;
            double cpu = (os.getProcessCpuTime() - cpuStart) / 1e9;
            long stored = Txn.calculateRead(dsg, () -> dsg.stream().count());
            System.out.printf("%-12s %7.2f s wall %7.2f s CPU  %8.0f quads/s  %6.0f articles/s  %d quads stored%n",
                way, seconds, cpu, quads / seconds, articles.size() / seconds, stored);
            TDBInternal.expel(dsg);
        }
    }
}
