package org.newsgraph.web;

import java.util.List;

/** What the HTML templates show; each text is escaped by the templates. */
public final class PageModel {

    private PageModel() {}

    /**
     * One thing shown: a term, a literal or a resource.
     *
     * @param text what is shown
     * @param href where it links to, or null: only http(s) IRIs and the site's own paths are links
     * @param title the full IRI, shown on hover, or null
     * @param lang the language of {@code text}, or null
     * @param note the language tag or datatype shown beside a literal, or null
     */
    public record Value(String text, String href, String title, String lang, String note) {}

    /** A property and one of its values. */
    public record Statement(Value property, Value value) {}

    /** A resource (or fragment of it) with its triples. */
    public record Section(String anchor, Value subject, List<Statement> statements) {}

    /** A link to another form of the same page. */
    public record Link(String href, String text) {}

    /** The links at the head of every page. */
    public record Navigation(String home, String sparql, String dumps, String voidDescription, String stylesheet) {}

    /**
     * A resource's page.
     *
     * @param inbound what links to the resource: the linking resource as {@link Statement#property()}'s subject
     *                ({@link Statement#value()}) and the property
     * @param inboundLimit the most inbound links shown
     * @param inboundCut true when more link to it than are shown
     * @param inboundQuery a link to the SPARQL query that lists every inbound link
     */
    public record ResourcePage(String title, String uri, List<Link> formats, List<Section> sections,
                               List<Statement> inbound, int inboundLimit, boolean inboundCut, String inboundQuery) {}

    /** The home page. */
    public record HomePage(String title, long articles, long triples, long entities, long wikidataLinkedEntities,
                           List<Link> ontologies) {}

    /** The list of dumps. */
    public record DumpsPage(List<Dump> dumps) {}

    /** The page for a URI the store does not know. */
    public record NotFoundPage(String uri) {}
}
