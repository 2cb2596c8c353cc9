package org.newsgraph.server;

import org.apache.jena.fuseki.main.FusekiServer;
import org.apache.jena.riot.RDFDataMgr;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.DatasetGraphFactory;

/**
 * A local SPARQL endpoint shaped like Wikidata's (the items and coordinates of {@code wikidata-fixture.ttl}), served
 * by a real Fuseki on a free port under each of the given names, for federated queries to reach instead of Wikidata.
 */
final class WikidataStandIn implements AutoCloseable {

    private final FusekiServer fuseki;

    private WikidataStandIn(FusekiServer fuseki) { this.fuseki = fuseki; }

    /** Starts the stand-in, answering at {@code /NAME/sparql} for each of {@code names}. */
    static WikidataStandIn start(String... names) {
        DatasetGraph fixture = DatasetGraphFactory.createTxnMem();
        RDFDataMgr.read(fixture, "src/test/resources/wikidata-fixture.ttl");
        FusekiServer.Builder builder = FusekiServer.create().port(0);
        for (String name : names)
            builder.add("/" + name, fixture, false);
        return new WikidataStandIn(builder.build().start());
    }

    /** The SPARQL endpoint of {@code name}. */
    String endpoint(String name) { return "http://localhost:" + fuseki.getHttpPort() + "/" + name + "/sparql"; }

    @Override
    public void close() { fuseki.stop(); }
}
