package org.newsgraph.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.Callable;

import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.Triple;
import org.apache.jena.vocabulary.RDF;
import org.newsgraph.article.Language;
import org.newsgraph.rdf.AuthorityData;
import org.newsgraph.rdf.NG;
import org.newsgraph.rdf.SchemaOrg;
import org.newsgraph.rdf.UriScheme;
import org.newsgraph.store.ProgressListener;
import org.newsgraph.synth.BilingualName;
import org.newsgraph.synth.SyntheticCorpus;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

@Command(name = "synth", mixinStandardHelpOptions = true,
    description = "Writes a synthetic corpus for benchmarks: article files in the archive's format, built from the "
        + "bundled real articles with other dates, pages, provinces, people, amounts and lengths. The same seed "
        + "gives the same files. The articles are made up: never publish them as the paper's.")
final class SynthCommand implements Callable<Integer> {

    @Option(names = "--articles", paramLabel = "N", required = true, description = "Number of articles to write.")
    int articles;

    @Option(names = "--out", paramLabel = "DIR", required = true,
        description = "Folder to write them into, new or empty; it also gets a " + SyntheticCorpus.NOTICE + ".")
    Path out;

    @Option(names = "--seed", paramLabel = "S", defaultValue = "1", description = "Seed (default: ${DEFAULT-VALUE}).")
    long seed;

    @Option(names = "--per-month", paramLabel = "N", defaultValue = "2000",
        description = "Articles a month, as the archive prints about 2,000 (default: ${DEFAULT-VALUE}); the months "
            + "are spread over 1946-05 to 2003-12.")
    int perMonth;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() throws Exception {
        // Before the gazetteer is read: a folder in use is refused at once.
        SyntheticCorpus.requireNewOrEmpty(out);
        SyntheticCorpus corpus = SyntheticCorpus.builder().articles(articles).perMonth(perMonth).seed(seed)
            .places(provinces(AuthorityData.loadBundled(UriScheme.of(StoreOptions.DEFAULT_BASE)).union()))
            .build();
        ProgressListener bar = ProgressBar.forTerminal(spec.commandLine().getErr(), articles);
        long start = System.nanoTime();
        corpus.write(out, done -> bar.progress(done, articles));
        double seconds = (System.nanoTime() - start) / 1e9;
        PrintWriter o = spec.commandLine().getOut();
        o.printf("%d synthetic articles written to %s in %.1f s (%.0f articles/s), seed %d; they are made up: never "
            + "publish them as the paper's (see %s)%n", articles, out, seconds, articles / seconds, seed,
            out.resolve(SyntheticCorpus.NOTICE));
        o.flush();
        return 0;
    }

    /**
     * The gazetteer's provinces by the names the texts use: 河南 (the name without 省) and Henan. A province whose
     * short name also names another entity (吉林, the province and its city) is left out, since swapping it would
     * move the other too.
     */
    static List<BilingualName> provinces(Graph gazetteer) {
        List<BilingualName> provinces = new ArrayList<>();
        for (Node p : gazetteer.find(null, RDF.type.asNode(), NG.Province).mapWith(Triple::getSubject).toList()) {
            Optional<String> zh = name(gazetteer, p, Language.ZH).filter(n -> n.endsWith("省"))
                .map(n -> n.substring(0, n.length() - 1));
            Optional<String> en = name(gazetteer, p, Language.EN);
            if (zh.isPresent() && en.isPresent() && namesOnly(gazetteer, p, Set.of(zh.get(), en.get())))
                provinces.add(new BilingualName(zh.get(), en.get()));
        }
        provinces.sort(java.util.Comparator.comparing(BilingualName::en));
        return provinces;
    }

    private static Optional<String> name(Graph g, Node entity, Language lang) {
        return g.find(entity, SchemaOrg.name, null).mapWith(Triple::getObject).toList().stream()
            .filter(o -> o.isLiteral() && lang.tag().equals(o.getLiteralLanguage())).map(Node::getLiteralLexicalForm)
            .findFirst();
    }

    /** True when no other entity is called by any of {@code names} (the periods of the entity's own names aside). */
    private static boolean namesOnly(Graph g, Node entity, Set<String> names) {
        for (Node property : List.of(SchemaOrg.name, SchemaOrg.alternateName))
            for (Triple t : g.find(null, property, null).toList())
                if (!t.getSubject().equals(entity) && t.getObject().isLiteral()
                    && names.contains(t.getObject().getLiteralLexicalForm())
                    && !g.contains(t.getSubject(), RDF.type.asNode(), NG.NameInUse))
                    return false;
        return true;
    }
}
