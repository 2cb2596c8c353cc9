package org.newsgraph.web;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.query.ParameterizedSparqlString;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.engine.binding.Binding;
import org.apache.jena.sparql.exec.QueryExec;
import org.apache.jena.system.Txn;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.XSD;
import org.newsgraph.rdf.SchemaOrg;
import org.newsgraph.web.PageModel.IssueArticle;
import org.newsgraph.web.PageModel.IssuePage;
import org.newsgraph.web.PageModel.Link;
import org.newsgraph.web.PageModel.Value;

/** The page of a day's issue: its articles by page, each original beside its translation. */
final class IssueReader {

    private static final String ARTICLES = """
        SELECT ?article ?page ?translation WHERE {
          ?article ?isPartOf ?issue ; ?inLanguage "zh" .
          OPTIONAL { ?article ?printPage ?page }
          OPTIONAL { ?article ?workTranslation ?translation }
        } ORDER BY xsd:integer(?page) ?page ?article""";

    private final DatasetGraph dataset;
    private final Labels labels;

    IssueReader(DatasetGraph dataset, Labels labels) {
        this.dataset = Objects.requireNonNull(dataset, "dataset");
        this.labels = Objects.requireNonNull(labels, "labels");
    }

    boolean isIssue(Node uri) {
        return Txn.calculateRead(dataset,
            () -> dataset.getUnionGraph().contains(uri, RDF.type.asNode(), SchemaOrg.PublicationIssue));
    }

    IssuePage read(Node issue, PageLanguage lang, List<Link> formats) {
        return Txn.calculateRead(dataset, () -> {
            Graph g = dataset.getUnionGraph();
            ParameterizedSparqlString q = new ParameterizedSparqlString(ARTICLES);
            q.setNsPrefix("xsd", XSD.NS);
            q.setParam("issue", issue);
            q.setParam("isPartOf", SchemaOrg.isPartOf);
            q.setParam("inLanguage", SchemaOrg.inLanguage);
            q.setParam("printPage", SchemaOrg.printPage);
            q.setParam("workTranslation", SchemaOrg.workTranslation);
            List<IssueArticle> articles = new ArrayList<>();
            try (QueryExec exec = QueryExec.dataset(dataset).query(q.asQuery()).build()) {
                for (var rows = exec.select(); rows.hasNext(); ) {
                    Binding row = rows.next();
                    Node page = row.get("page"), translation = row.get("translation");
                    Value original = labels.value(g, row.get("article"), lang);
                    articles.add(new IssueArticle(page == null ? "" : page.getLiteralLexicalForm(), original,
                        translation == null ? null : labels.value(g, translation, lang)));
                }
            }
            return new IssuePage(labels.text(g, issue, lang), issue.getURI(), articles, formats);
        });
    }
}
