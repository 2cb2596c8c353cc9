package org.newsgraph.rdf;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;

import org.apache.jena.graph.Graph;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.riot.RiotException;
import org.apache.jena.riot.system.ErrorHandler;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Reads a Turtle file of newsgraph's data, from disk or from the jar alike (any file system), reporting a syntax
 * error as {@code file:line: reason}.
 */
final class TurtleFile {

    private static final Logger LOG = LoggerFactory.getLogger(TurtleFile.class);

    private TurtleFile() {}

    /** Adds the triples of {@code file} to {@code into}, resolving relative IRIs against {@code base}. */
    static void read(Path file, String base, Graph into) throws IOException {
        try (InputStream in = Files.newInputStream(file)) {
            RDFParser.source(in).lang(Lang.TURTLE).base(base).errorHandler(new Errors(file)).parse(into);
        }
    }

    /** Jena's reports, with the file's name in front of the line. */
    private record Errors(Path file) implements ErrorHandler {
        @Override
        public void warning(String message, long line, long col) {
            LOG.warn("{}: warning: {}", where(line), message);
        }

        @Override
        public void error(String message, long line, long col) {
            throw new RiotException(where(line) + ": " + message);
        }

        @Override
        public void fatal(String message, long line, long col) {
            throw new RiotException(where(line) + ": " + message);
        }

        private String where(long line) {
            return line > 0 ? file + ":" + line : file.toString();
        }
    }
}
