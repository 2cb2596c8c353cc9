package org.newsgraph.cli;

import java.nio.file.Path;
import java.util.concurrent.Callable;

import org.apache.jena.graph.Graph;
import org.newsgraph.linking.GazetteerBuilder;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

@Command(name = "gazetteer", mixinStandardHelpOptions = true,
    description = "Builds the gazetteer (places, people, organisations and their Wikidata links) from the "
        + "Wikidata-derived source files.")
final class GazetteerCommand implements Callable<Integer> {

    @Option(names = "--sources", paramLabel = "DIR", defaultValue = "rdf/sources/gazetteer",
        description = "Folder of the source files (default: ${DEFAULT-VALUE}, relative to the working directory: "
            + "run from the repository; the jar does not carry them).")
    Path sources;

    @Option(names = "--out", paramLabel = "FILE", defaultValue = "rdf/gazetteer.ttl",
        description = "Turtle file to write (default: ${DEFAULT-VALUE}, relative to the working directory: run "
            + "from the repository).")
    Path out;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() throws Exception {
        Graph gazetteer = GazetteerBuilder.build(sources);
        AtomicFile.write(out, stream -> GazetteerBuilder.write(gazetteer, stream));
        spec.commandLine().getOut().printf("wrote %d triples to %s%n", gazetteer.size(), out);
        return 0;
    }
}
