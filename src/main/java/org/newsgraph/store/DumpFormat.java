package org.newsgraph.store;

import java.util.Locale;

import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFFormat;

/**
 * The formats a dump can be written in. Triple formats carry the union of all graphs (what queries see); quad
 * formats keep each article's named graph.
 */
public enum DumpFormat {
    TURTLE(RDFFormat.TURTLE_BLOCKS, false),
    NTRIPLES(RDFFormat.NTRIPLES, false),
    NQUADS(RDFFormat.NQUADS, true),
    TRIG(RDFFormat.TRIG_BLOCKS, true),
    JSONLD(RDFFormat.JSONLD11, true);

    private final RDFFormat format;
    private final boolean quads;

    DumpFormat(RDFFormat format, boolean quads) {
        this.format = format;
        this.quads = quads;
    }

    public RDFFormat rdfFormat() { return format; }

    public Lang lang() { return format.getLang(); }

    /** True when the format keeps named graphs. */
    public boolean isQuads() { return quads; }

    /** The format for a name as users write it: {@code turtle}, {@code ntriples}, {@code nquads}, {@code trig}, {@code jsonld}. */
    public static DumpFormat of(String name) {
        return valueOf(name.toUpperCase(Locale.ROOT).replace("-", ""));
    }
}
