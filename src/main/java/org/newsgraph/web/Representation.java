package org.newsgraph.web;

import java.util.Arrays;
import java.util.Optional;

import org.apache.jena.riot.RDFFormat;

/**
 * The forms a resource is served in: four RDF syntaxes and an HTML page. Each has its media type and the name
 * {@code ?format=} gives it.
 */
public enum Representation {
    TURTLE("text/turtle", "ttl", RDFFormat.TURTLE_PRETTY),
    JSONLD("application/ld+json", "jsonld", RDFFormat.JSONLD11_PRETTY),
    NTRIPLES("application/n-triples", "nt", RDFFormat.NTRIPLES),
    RDFXML("application/rdf+xml", "rdf", RDFFormat.RDFXML_PRETTY),
    HTML("text/html", "html", null);

    private final String mediaType;
    private final String formatName;
    private final RDFFormat rdfFormat;

    Representation(String mediaType, String formatName, RDFFormat rdfFormat) {
        this.mediaType = mediaType;
        this.formatName = formatName;
        this.rdfFormat = rdfFormat;
    }

    public String mediaType() { return mediaType; }

    /** The value of {@code ?format=} that asks for this form. */
    public String formatName() { return formatName; }

    /** The Content-Type header: every form is text in UTF-8. */
    public String contentType() { return mediaType + "; charset=utf-8"; }

    /** The RDF syntax, empty for HTML. */
    public Optional<RDFFormat> rdfFormat() { return Optional.ofNullable(rdfFormat); }

    /** The form {@code ?format=name} asks for. */
    public static Optional<Representation> ofFormatName(String name) {
        return Arrays.stream(values()).filter(r -> r.formatName.equals(name)).findFirst();
    }
}
