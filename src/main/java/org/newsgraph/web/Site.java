package org.newsgraph.web;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

import org.apache.jena.graph.Graph;
import org.apache.jena.sparql.core.DatasetGraph;
import org.newsgraph.bundled.BundledData;
import org.newsgraph.rdf.ArticleShapes;
import org.newsgraph.rdf.Namespaces;
import org.newsgraph.rdf.UriScheme;
import org.newsgraph.server.NewsgraphServer;
import org.newsgraph.store.NewsgraphStore;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The linked-data site over a store: every URI minted under the base answers with its description in the form the
 * client asks for (Turtle, JSON-LD, N-Triples, RDF/XML or HTML), {@code /} is a home page, {@code dumps/} lists and
 * serves gzipped dumps and the SHACL validation report of their data, {@code .well-known/void} (and {@code dataset}) is the VoID and DCAT description, and
 * {@code ontology/NAME.ttl} serves the bundled ontology files. It reads the store only. The counts and the dumps,
 * which read the whole store, are made by {@link #prepare()}, while the site serves. It is mounted on a
 * {@link NewsgraphServer} beside the SPARQL endpoints, which keep their paths.
 */
public final class Site {

    /** The default limit of triples linking to a resource that its description carries. */
    public static final int DEFAULT_INBOUND_LIMIT = 500;

    private static final Logger LOG = LoggerFactory.getLogger(Site.class);

    final UriScheme uris;
    final ResourceDescriber describer;
    final DumpFolder dumps;
    final OntologyFiles ontologies;
    final SitePaths paths;
    final ArticleReader articles;
    final EntityReader entities;
    final IssueReader issues;
    final Overviews overviews;
    final List<ExampleQueries.Example> examples;
    final String sources;
    /** The VoID and DCAT description, made again each time the dump folder offers something new. */
    private volatile Graph datasetDescription;

    private Site(UriScheme uris, DatasetGraph dataset, ResourceDescriber describer, DumpFolder dumps,
                 OntologyFiles ontologies, List<ExampleQueries.Example> examples, String sources) {
        this.uris = uris;
        this.describer = describer;
        this.dumps = dumps;
        this.ontologies = ontologies;
        this.paths = new SitePaths(uris.base(), uris.basePath());
        Labels labels = new Labels(ontologies.vocabulary(), paths);
        this.articles = new ArticleReader(dataset, labels, paths);
        this.entities = new EntityReader(dataset, labels, paths, uris.base());
        this.issues = new IssueReader(dataset, labels);
        this.overviews = new Overviews(dataset, labels, paths);
        this.examples = List.copyOf(examples);
        this.sources = sources;
        describe();
    }

    public static Builder builder() { return new Builder(); }

    /** The counts the home page and the VoID description give, once counted. */
    public Optional<DatasetStatistics> statistics() { return dumps.statistics(); }

    /** The dumps served at {@code dumps/}. */
    public DumpFolder dumps() { return dumps; }

    /**
     * Counts the store and writes its dumps and validation report, those the dump folder does not hold for the
     * store's present state, one at a time. Each is served, and added to the dataset's description, as soon as it
     * is ready; until then the site serves everything else, and answers 503 for a dump not yet written. Reads the
     * whole store several times: 21 minutes at 100,000 articles, nothing on a store whose dumps are up to date.
     */
    public void prepare() throws IOException {
        dumps.prepare(this::describe);
    }

    /** {@link #prepare()} on a thread of its own, logging how it ends. */
    public Thread prepareInBackground() {
        Thread preparing = new Thread(() -> {
            try {
                prepare();
            } catch (IOException | RuntimeException e) {
                LOG.error("the dumps in {} could not be written: {}", dumps.folder(), e.toString(), e);
            }
        }, "site-dumps");
        preparing.setDaemon(true);
        preparing.start();
        return preparing;
    }

    private void describe() {
        datasetDescription = DatasetDescription.of(uris, dumps);
    }

    /** The VoID and DCAT description of the dataset, with what is counted and written so far. */
    Graph datasetDescription() { return datasetDescription; }

    /** Mounts the site on {@code server}, whose base path must be the base URI's. */
    public NewsgraphServer.Builder mountOn(NewsgraphServer.Builder server) {
        server.addFilter("/*", new SiteFilter(this));
        server.addServlet("/" + DatasetDescription.DUMPS_PATH + "*", new DumpServlet(dumps.folder()));
        return server;
    }

    /** Sets what a site serves. */
    public static final class Builder {
        private NewsgraphStore store;
        private UriScheme uris;
        private Path dumpFolder;
        private int inboundLimit = DEFAULT_INBOUND_LIMIT;
        private OntologyFiles ontologies;

        private Builder() {}

        /** The store to serve. */
        public Builder store(NewsgraphStore store) {
            this.store = Objects.requireNonNull(store, "store");
            return this;
        }

        /** The base URI the store's data was minted under, the one the store records. */
        public Builder uris(UriScheme uris) {
            this.uris = Objects.requireNonNull(uris, "uris");
            return this;
        }

        /** Where the dumps are written and served from. */
        public Builder dumpFolder(Path folder) {
            this.dumpFolder = Objects.requireNonNull(folder, "folder");
            return this;
        }

        /** The most triples linking to a resource that its description carries (default 500). */
        public Builder inboundLimit(int limit) {
            if (limit < 1)
                throw new IllegalArgumentException("inbound limit must be at least 1: " + limit);
            this.inboundLimit = limit;
            return this;
        }

        /** The folder of ontology files to serve instead of the bundled one. */
        public Builder ontologyFolder(Path folder) throws IOException {
            this.ontologies = OntologyFiles.in(Objects.requireNonNull(folder, "folder"));
            return this;
        }

        /** The site, serving at once: the counts and dumps follow from {@link Site#prepare()}. */
        public Site build() throws IOException {
            List<String> missing = new ArrayList<>();
            if (store == null) missing.add("store");
            if (uris == null) missing.add("uris");
            if (dumpFolder == null) missing.add("dump folder");
            if (!missing.isEmpty())
                throw new IllegalStateException("not set: " + String.join(", ", missing));
            DumpFolder dumps = DumpFolder.open(store, dumpFolder, Namespaces.prefixes(),
                new StoreValidation(ArticleShapes.loadBundled(), uris));
            OntologyFiles ontologyFiles = ontologies != null ? ontologies : OntologyFiles.bundled();
            Path ontologyFolder = BundledData.folder(BundledData.ONTOLOGY);
            List<ExampleQueries.Example> examples = new ArrayList<>(
                ExampleQueries.ofMarkdown(BundledData.folder(BundledData.README).resolve("README.md")));
            examples.addAll(ExampleQueries.ofQueryFiles(ontologyFolder.resolve("competency-questions")));
            String sources = Files.readString(BundledData.folder(BundledData.CORPUS).resolve("SOURCES.md"));
            return new Site(uris, store.dataset(), new ResourceDescriber(store.dataset(), inboundLimit,
                uris.authorityGraph("").getURI()), dumps, ontologyFiles, examples, sources);
        }
    }
}
