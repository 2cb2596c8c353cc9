package org.newsgraph.web;

import java.util.Iterator;
import java.util.Objects;

import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.shacl.ValidationReport;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.system.Txn;
import org.newsgraph.rdf.ArticleShapes;
import org.newsgraph.rdf.UriScheme;
import org.newsgraph.store.NewsgraphStore;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The SHACL validation of the published data: every article graph of a store against the article shapes, as one
 * standard {@code sh:ValidationReport} that conforms when every graph does and holds the results of those that do
 * not. Authority data is not an article's graph and is not checked against the article shapes.
 */
final class StoreValidation {

    private static final Logger LOG = LoggerFactory.getLogger(StoreValidation.class);

    private final ArticleShapes shapes;
    private final UriScheme uris;

    StoreValidation(ArticleShapes shapes, UriScheme uris) {
        this.shapes = Objects.requireNonNull(shapes, "shapes");
        this.uris = Objects.requireNonNull(uris, "uris");
    }

    /** The report of every article graph of {@code store}, in one read transaction. */
    Graph report(NewsgraphStore store) {
        DatasetGraph dsg = store.dataset();
        return Txn.calculateRead(dsg, () -> {
            ValidationReport.Builder all = ValidationReport.create();
            long graphs = 0;
            long failing = 0;
            for (Iterator<Node> it = dsg.listGraphNodes(); it.hasNext(); ) {
                Node name = it.next();
                if (!uris.isArticleGraph(name))
                    continue;
                ValidationReport report = shapes.validate(dsg.getGraph(name));
                report.getEntries().forEach(all::addReportEntry);
                graphs++;
                if (!report.conforms())
                    failing++;
            }
            LOG.info("validated {} article graphs against the shapes: {} do not conform", graphs, failing);
            return all.build().getGraph();
        });
    }
}
