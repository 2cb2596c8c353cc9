package org.newsgraph.rdf;

import java.util.Collection;
import java.util.HashSet;
import java.util.OptionalDouble;
import java.util.Set;

import org.apache.jena.datatypes.xsd.XSDDatatype;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.vocabulary.RDF;
import org.newsgraph.article.Span;
import org.newsgraph.extract.ExtractionMethod;

/**
 * Writes the evidence of one article graph: W3C Web Annotations whose targets are spans of the articles' bodies.
 * A span is an RFC 5147 fragment of the article whose {@code schema:articleBody} holds the words
 * ({@code …#char=120,123}, offsets in code points), with its NIF 2.0 offsets and words. The article is the span's
 * IRI without its fragment, as RFC 3986 defines a fragment, so no triple repeats it. Values read from words (amounts, dates) are {@code prov:wasDerivedFrom} their span instead.
 * Spans are written once per graph, however many annotations point to them, so a sentence that
 * supports a fact can share the spans of the names in it. One writer per graph; not thread-safe.
 */
final class EvidenceWriter {

    private final Emitter out;
    private final Set<Node> spans = new HashSet<>();

    EvidenceWriter(Emitter out) { this.out = out; }

    /** The span of {@code words} at {@code span} of {@code article}'s body, written the first time it is asked for. */
    Node span(Node article, Span span, String words) {
        Node node = UriScheme.fragment(article, "char=" + span.begin() + "," + span.end());
        if (spans.add(node)) {
            out.add(node, NIF.beginIndex, count(span.begin()));
            out.add(node, NIF.endIndex, count(span.end()));
            out.add(node, NIF.anchorOf, NodeFactory.createLiteralString(words));
        }
        return node;
    }

    /** An annotation {@code id} saying that the words of {@code targets} support {@code body}. */
    void annotation(Node id, Node body, ExtractionMethod method, OptionalDouble confidence, Collection<Node> targets) {
        annotation(id, method, confidence, targets);
        out.add(id, OA.hasBody, body);
    }

    /**
     * A value read from words (an amount, a date): {@code prov:wasDerivedFrom} their span. A value has one reading
     * and no judgement to record, so it needs no annotation of its own; the words, their offsets and its class
     * (schema:QuantitativeValue read from numerals, ng:TimeReference resolved against the paper's date) say all.
     */
    void derivation(Node value, Node span) {
        out.add(value, Prov.wasDerivedFrom, span);
    }

    /** An annotation {@code id} of words that name one of {@code candidates}, with nothing to tell which: no body. */
    void ambiguous(Node id, Collection<Node> candidates, ExtractionMethod method, Collection<Node> targets) {
        annotation(id, method, OptionalDouble.empty(), targets);
        candidates.forEach(c -> out.add(id, NG.candidate, c));
    }

    private void annotation(Node id, ExtractionMethod method, OptionalDouble confidence, Collection<Node> targets) {
        if (targets.isEmpty())
            throw new IllegalArgumentException("an annotation without a target: " + id);
        out.add(id, RDF.type.asNode(), OA.Annotation);
        out.add(id, NG.method, NG.method(method));
        confidence.ifPresent(c -> out.add(id, NG.confidence, Decimals.of(c)));
        targets.forEach(t -> out.add(id, OA.hasTarget, t));
    }

    private static Node count(int value) {
        return NodeFactory.createLiteralDT(Integer.toString(value), XSDDatatype.XSDnonNegativeInteger);
    }
}
