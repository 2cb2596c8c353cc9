package org.newsgraph.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;

import org.apache.jena.riot.system.StreamRDFLib;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.DatasetGraphFactory;
import org.newsgraph.article.ArticleFiles;
import org.newsgraph.article.ArticleFormatException;
import org.newsgraph.rdf.ArticleConverter;
import org.newsgraph.rdf.ArticleConverter.Converted;
import org.newsgraph.rdf.ArticleShapes;
import org.newsgraph.rdf.UriClaims;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

@Command(name = "validate", mixinStandardHelpOptions = true,
    description = "Parses and maps article files without storing them, checks each article's graph against the "
        + "SHACL shapes, and reports every problem: errors that would keep a file out of the store, graphs that do "
        + "not conform, and warnings such as headers that disagree.")
final class ValidateCommand implements Callable<Integer> {

    @Mixin
    StoreOptions options;

    @Option(names = "--shapes", paramLabel = "FILE",
        description = "Turtle file of the SHACL shapes each article's graph must conform to (default: bundled shapes, "
            + "the repository's ontology/shapes.ttl).")
    Path shapesFile;   // null: the bundled shapes

    @Parameters(paramLabel = "PATH", arity = "1..*", description = "Article files or folders.")
    List<Path> paths;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() throws IOException {
        PrintWriter out = spec.commandLine().getOut();
        ArticleConverter converter = options.converter(options.authorityData());
        ArticleShapes shapes = shapesFile == null ? ArticleShapes.loadBundled() : ArticleShapes.load(shapesFile);
        UriClaims claims = new UriClaims();
        int good = 0;
        int rejected = 0;
        int warnings = 0;
        ArticleFiles articles = ArticleFiles.find(paths);
        articles.emptyFolders().forEach(out::println);
        for (Path file : articles.files()) {
            try {
                Converted c = converter.read(file);
                claims.claim(c);
                DatasetGraph mapped = DatasetGraphFactory.create();
                converter.write(c, StreamRDFLib.dataset(mapped));
                for (String w : c.annotated().article().warnings()) {
                    out.println(file + ": warning: " + w);
                    warnings++;
                }
                List<String> violations = shapes.violations(mapped.getGraph(c.graph()));
                violations.forEach(v -> out.println(file + ": does not conform to the shapes: " + v));
                if (violations.isEmpty())
                    good++;
                else
                    rejected++;
            } catch (ArticleFormatException e) {
                out.println(e.getMessage());
                rejected++;
            } catch (IOException e) {
                out.println(file + ": cannot read: " + e);
                rejected++;
            }
        }
        out.printf("%d articles: %d good, %d rejected, %d warnings%n", good + rejected, good, rejected, warnings);
        out.flush();
        return rejected == 0 && articles.emptyFolders().isEmpty() ? 0 : NewsgraphCommand.EXIT_REJECTED;
    }
}
