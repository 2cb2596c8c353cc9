package org.newsgraph.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;
import java.util.Optional;

import org.junit.jupiter.api.Test;

class WebNegotiationTest {

    private static final List<Representation> RDF_FIRST = List.of(Representation.TURTLE, Representation.JSONLD,
        Representation.NTRIPLES, Representation.RDFXML, Representation.HTML);

    @Test
    void aBrowserGetsHtmlAndAClientWithoutPreferenceTheDefault() {
        assertEquals(Optional.of(Representation.HTML), Negotiation.choose(null,
            "text/html,application/xhtml+xml,application/xml;q=0.9,*/*;q=0.8", RDF_FIRST));
        assertEquals(Optional.of(Representation.TURTLE), Negotiation.choose(null, "*/*", RDF_FIRST));
        assertEquals(Optional.of(Representation.TURTLE), Negotiation.choose(null, null, RDF_FIRST));
        assertEquals(Optional.of(Representation.NTRIPLES),
            Negotiation.choose(null, "application/n-triples, text/turtle;q=0.9", RDF_FIRST));
    }

    @Test
    void qualityZeroRefuses() {
        assertEquals(Optional.empty(), Negotiation.choose(null, "text/turtle;q=0", RDF_FIRST));
        assertEquals(Optional.of(Representation.JSONLD),
            Negotiation.choose(null, "text/turtle;q=0, application/ld+json;q=0.1", RDF_FIRST));
    }

    @Test
    void theFormatParameterWinsAndMustNameAFormOffered() {
        assertEquals(Optional.of(Representation.RDFXML), Negotiation.choose("rdf", "text/html", RDF_FIRST));
        assertThrows(IllegalArgumentException.class, () -> Negotiation.choose("xlsx", null, RDF_FIRST));
        assertThrows(IllegalArgumentException.class, () -> Negotiation.choose("ttl", null, List.of(Representation.HTML)));
    }
}
