package org.newsgraph.rdf;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.List;

import org.apache.jena.graph.Graph;
import org.apache.jena.shacl.ShaclValidator;
import org.apache.jena.shacl.Shapes;
import org.apache.jena.shacl.ValidationReport;
import org.apache.jena.shacl.validation.ReportEntry;
import org.apache.jena.sparql.graph.GraphFactory;
import org.apache.jena.sparql.util.FmtUtils;
import org.newsgraph.bundled.BundledData;

/**
 * The SHACL shapes an article's graph must conform to ({@code ontology/shapes.ttl}, bundled in the jar).
 * Thread-safe.
 */
public final class ArticleShapes {

    /** The name of the shapes file in the ontology folder. */
    public static final String SHAPES_FILE = "shapes.ttl";

    private final Shapes shapes;

    private ArticleShapes(Shapes shapes) { this.shapes = shapes; }

    /** The shapes bundled in the jar. */
    public static ArticleShapes loadBundled() throws IOException {
        return load(BundledData.folder(BundledData.ONTOLOGY).resolve(SHAPES_FILE));
    }

    /** The shapes of a Turtle file. */
    public static ArticleShapes load(Path file) throws IOException {
        if (!Files.isRegularFile(file))
            throw new NoSuchFileException(file.toString(), null, "shapes file not found");
        Graph g = GraphFactory.createDefaultGraph();
        TurtleFile.read(file, file.toUri().toString(), g);
        return new ArticleShapes(Shapes.parse(g));
    }

    /** The SHACL validation report of {@code article}. */
    public ValidationReport validate(Graph article) {
        return ShaclValidator.get().validate(shapes, article);
    }

    /** The violations of {@code article}, one line each ({@code <focus> path: message}); empty when it conforms. */
    public List<String> violations(Graph article) {
        return validate(article).getEntries().stream().map(ArticleShapes::describe).sorted().toList();
    }

    private static String describe(ReportEntry e) {
        String path = e.resultPath() == null ? "" : " " + e.resultPath();
        return FmtUtils.stringForNode(e.focusNode()) + path + ": " + e.message();
    }
}
