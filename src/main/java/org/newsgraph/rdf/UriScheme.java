package org.newsgraph.rdf;

import java.net.URI;
import java.net.URISyntaxException;
import java.time.LocalDate;

import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.newsgraph.article.Article;

/**
 * Mints newsgraph's URIs under a deployment's base. Article URIs are readable and stable: they are made from the
 * archive, the date and page the original gives, and the title part of the archive file name, so the same file
 * always gets the same URI:
 * <pre>
 *   {base}rmrb/1958-09-05/p1/中南六省区增强工业战线_领导重心转向钢铁       the original (zh)
 *   {base}rmrb/1958-09-05/p1/中南六省区增强工业战线_领导重心转向钢铁/en    its machine translation
 *   {base}rmrb/1958-09-05                                                 the day's issue
 *   {base}graph/rmrb/1958-09-05/p1/中南六省区增强工业战线_领导重心转向钢铁 the article's named graph
 * </pre>
 * Things that exist only within one article (its authors, photos) get fragments of the original's URI.
 */
public final class UriScheme {

    private final String base;

    private UriScheme(String base) { this.base = base; }

    /** A scheme under {@code base}, an absolute http(s) URI; a missing final slash is added. */
    public static UriScheme of(String base) {
        String b = base.endsWith("/") ? base : base + "/";
        try {
            URI u = new URI(b);
            if (!u.isAbsolute() || !("http".equals(u.getScheme()) || "https".equals(u.getScheme())) || u.getHost() == null
                || u.getQuery() != null || u.getFragment() != null)
                throw new IllegalArgumentException("base must be an absolute http(s) URI without query or fragment: " + base);
        } catch (URISyntaxException e) {
            throw new IllegalArgumentException("base is not a URI: " + base, e);
        }
        return new UriScheme(b);
    }

    public String base() { return base; }

    /** The path part of the base, e.g. {@code /} or {@code /newsgraph/}: where the server answers. */
    public String basePath() { return URI.create(base).getRawPath(); }

    public Node original(Article a, String archive) {
        return NodeFactory.createURI(base + articlePath(a, archive));
    }

    public Node translation(Article a, String archive) {
        return NodeFactory.createURI(base + articlePath(a, archive) + "/en");
    }

    public Node graph(Article a, String archive) {
        return NodeFactory.createURI(base + "graph/" + articlePath(a, archive));
    }

    public Node issue(String archive, LocalDate date) {
        return NodeFactory.createURI(base + segment(archive) + "/" + date);
    }

    /** True when {@code graph} names an article's graph under this base, not one of authority data. */
    public boolean isArticleGraph(Node graph) {
        return graph.isURI() && graph.getURI().startsWith(base + "graph/")
            && !graph.getURI().startsWith(authorityGraph("").getURI());
    }

    /**
     * The graph in which a store that the data is published to ({@code newsgraph publish}) keeps the record of the
     * graphs it was sent: {@code {base}publication}. It is never a graph of newsgraph's own store.
     */
    public Node publicationManifest() {
        return NodeFactory.createURI(base + "publication");
    }

    /** The named graph holding one file of authority data, e.g. {@code {base}graph/authority/publications}. */
    public Node authorityGraph(String name) {
        return NodeFactory.createURI(base + "graph/authority/" + segment(name));
    }

    /**
     * A thing within a resource, e.g. {@code fragment(original, "photo-1")}; within a thing that is already a
     * fragment, the ids are joined: {@code …#photo-1-creator-1}.
     */
    public static Node fragment(Node resource, String id) {
        String uri = resource.getURI();
        return NodeFactory.createURI(uri + (uri.indexOf('#') >= 0 ? "-" : "#") + id);
    }

    private static String articlePath(Article a, String archive) {
        String page = a.original().page().map(p -> "p" + p).orElse("p0");
        return segment(archive) + "/" + a.original().date() + "/" + page + "/" + segment(a.path().slug());
    }

    /**
     * A path segment that is a valid IRI segment and still readable: letters and digits of any script stay, as do
     * other non-ASCII characters that may stand in an IRI; ASCII punctuation other than {@code - . _ ~},
     * white space and controls become {@code _}, as in the archive's own file names.
     */
    public static String segment(String s) {
        StringBuilder b = new StringBuilder(s.length());
        s.codePoints().forEach(cp -> b.appendCodePoint(keep(cp) ? cp : '_'));
        return b.toString();
    }

    private static boolean keep(int cp) {
        if (cp < 0x80)
            return Character.isLetterOrDigit(cp) || "-._~".indexOf(cp) >= 0;
        int type = Character.getType(cp);
        return !Character.isWhitespace(cp) && !Character.isISOControl(cp) && type != Character.FORMAT
            && type != Character.PRIVATE_USE && type != Character.SURROGATE && type != Character.UNASSIGNED
            && type != Character.SPACE_SEPARATOR && !(cp >= 0xFFF0 && cp <= 0xFFFF);
    }
}
