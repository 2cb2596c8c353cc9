package org.newsgraph.rdf;

import java.math.BigDecimal;

import org.apache.jena.datatypes.xsd.XSDDatatype;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;

/**
 * {@code xsd:decimal} literals in the one lexical form TDB2 can delete. TDB2 stores decimals inline, by value and
 * scale, and gives them back with a decimal point ({@code 140.0}); a quad written as {@code "140"^^xsd:decimal} is
 * then never matched again when it is deleted, and outlives the replacement of its graph.
 */
public final class Decimals {

    private Decimals() {}

    /** The canonical literal of {@code value}: no trailing zeros, and a decimal point ({@code 140.0}, {@code 0.5}). */
    public static Node of(BigDecimal value) {
        String plain = value.stripTrailingZeros().toPlainString();
        return NodeFactory.createLiteralDT(plain.indexOf('.') < 0 ? plain + ".0" : plain, XSDDatatype.XSDdecimal);
    }

    static Node of(double value) {
        return of(BigDecimal.valueOf(value));
    }

    /** {@code node} in canonical form when it is a well-formed {@code xsd:decimal} literal; any other node as it is. */
    static Node canonical(Node node) {
        if (!node.isLiteral() || !XSDDatatype.XSDdecimal.getURI().equals(node.getLiteralDatatypeURI()))
            return node;
        try {
            return of(new BigDecimal(node.getLiteralLexicalForm().strip()));
        } catch (NumberFormatException e) {
            return node;
        }
    }
}
