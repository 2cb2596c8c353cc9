package org.newsgraph.web;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.stream.Stream;

import org.apache.jena.graph.Graph;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.sparql.graph.GraphFactory;
import org.newsgraph.bundled.BundledData;

/**
 * The Turtle files of the bundled ontology folder ({@code ontology/*.ttl}: the ontology, the shapes and whatever
 * other vocabulary the build bundles), by file name, as the site serves them at {@code {base}ontology/NAME.ttl}.
 */
final class OntologyFiles {

    private final Map<String, Path> files;

    private OntologyFiles(Map<String, Path> files) { this.files = files; }

    static OntologyFiles bundled() throws IOException {
        return in(BundledData.folder(BundledData.ONTOLOGY));
    }

    static OntologyFiles in(Path folder) throws IOException {
        Map<String, Path> files = new TreeMap<>();
        try (Stream<Path> list = Files.list(folder)) {
            list.filter(f -> f.getFileName().toString().endsWith(".ttl") && Files.isRegularFile(f))
                .forEach(f -> files.put(f.getFileName().toString(), f));
        }
        return new OntologyFiles(Map.copyOf(files));
    }

    /** The file names, sorted. */
    Iterable<String> names() { return new TreeMap<>(files).keySet(); }

    Optional<Path> file(String name) { return Optional.ofNullable(files.get(name)); }

    /** Every file's triples in one graph, where pages find the labels of classes, properties and concepts. */
    Graph vocabulary() {
        Graph g = GraphFactory.createDefaultGraph();
        for (Path f : files.values())
            RDFParser.source(f).lang(Lang.TURTLE).parse(g);
        return g;
    }
}
