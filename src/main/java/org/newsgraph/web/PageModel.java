package org.newsgraph.web;

import java.util.List;
import java.util.Optional;

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
    public record Navigation(String home, String sparql, String dumps, String voidDescription, String stylesheet,
                             String query, String overviews) {}

    /**
     * What every page shows around its content: the links, the page's language and the link that switches to the
     * other one.
     */
    public record Frame(Navigation nav, PageLanguage lang, String switchHref) {
        /** The fixed text {@code key} in the page's language. */
        public String t(String key, Object... args) { return lang.text(key, args); }
    }

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

    /** The home page; {@code validationReport} links to the SHACL validation report of the data. */
    public record HomePage(Optional<DatasetStatistics> statistics, List<Link> ontologies, String validationReport,
                           List<Example> examples, String sources) {}

    /**
     * The list of dumps: those written, and the names of those being written, or that could not be when
     * {@code failed}.
     */
    public record DumpsPage(List<Dump> dumps, List<String> pending, boolean failed) {}

    /** The page for a URI the store does not know. */
    public record NotFoundPage(String uri) {}

    /**
     * What a span of text is marked as.
     *
     * @param href where it links to (a mention's entity), or null
     * @param title what hovering shows (an amount's value, an entity's name), or null
     * @param label the short label shown before it (a campaign fact's class), or null
     */
    public record Mark(Kind kind, String href, String title, String label) {
        /** {@code NEST}: a mention that holds another, shown as a group of links (see {@link Highlighter}). */
        public enum Kind { MENTION, AMOUNT, DATE, FACT, NEST }

        /** The CSS class of the mark. */
        public String cssClass() { return kind.name().toLowerCase(java.util.Locale.ROOT); }
    }

    /** A piece of a text: plain text, or a marked span holding its own pieces. */
    public record Piece(String text, Mark mark, List<Piece> children) {
        static Piece text(String text) { return new Piece(text, null, List.of()); }
    }

    /** A paragraph of the original beside the paragraph of the translation with the same index; either may be empty. */
    public record ParagraphPair(int number, List<Piece> zh, List<Piece> en) {}

    /** A picture: its captions in both languages, its credit and the people it credits. */
    public record Photo(String anchor, String captionZh, String captionEn, String credit, List<Value> creators) {}

    /** A field of a campaign fact and its values. */
    public record Field(String name, List<Value> values) {}

    /** A campaign fact the article states, with its fields and the words that state it. */
    public record Fact(String anchor, String label, List<Field> fields, String words) {}

    /**
     * An article's page: the original and its translation side by side.
     *
     * @param paragraphsZh the number of paragraphs of the original after the lines of its headline, to say when it
     *                     differs from the translation's
     */
    public record ArticlePage(String title, String uri, String headlineZh, String headlineEn, String date,
                              Value day, String page, String section, String column, String dateline,
                              List<Value> authors, List<ParagraphPair> paragraphs, int paragraphsZh,
                              int paragraphsEn, List<Photo> photos, List<Fact> facts, List<Link> formats,
                              String queryHref, String translationHref) {}

    /** A name with the years it was in use. */
    public record NameInUse(String name, String from, String until) {}

    /** An article that mentions an entity, with the words that do. */
    public record Mentioning(Value article, String date, String words) {}

    /**
     * An entity's page (a place, organisation, person or concept).
     *
     * @param linkStatus how the Wikidata link was made ({@code ng:linkStatus}), or null
     * @param pageNumber the page of the list of mentioning articles shown, from 1
     */
    public record EntityPage(String title, String uri, List<Value> names, List<NameInUse> namesInUse,
                             List<Value> kinds, Value wikidata, Value linkStatus, String linkConfidence,
                             String latitude, String longitude, List<Value> containedIn,
                             List<Mentioning> mentioning, long mentioningTotal, int pageNumber,
                             String previousHref, String nextHref, List<Link> formats) {}

    /** An article of a day's issue. */
    public record IssueArticle(String page, Value original, Value translation) {}

    /** A day's issue and its articles, by page. */
    public record IssuePage(String title, String uri, List<IssueArticle> articles, List<Link> formats) {}

    /** A point of the map: a place at its coordinates, in the drawing's units. */
    public record Point(double x, double y, String href, String name) {}

    /** A bar of a chart. */
    public record Bar(String label, long value, double x, double width, double height) {}

    /** A region's campaign facts: how many targets and outputs the articles give for it. */
    public record RegionBars(Value region, long targets, long outputs, double targetWidth, double outputWidth) {}

    /**
     * The overviews: the places the articles mention on a map of China's bounding box, the articles per month, and
     * the campaign's targets and outputs by region.
     *
     * @param outside the mentioned places with coordinates outside China's bounding box, not drawn
     */
    public record OverviewPage(List<Point> points, int outside, double mapWidth, double mapHeight, List<Bar> months,
                               double chartWidth, double chartHeight, List<RegionBars> regions) {}

    /** A query the home and query pages offer: a title and the link that opens it in the query page. */
    public record Example(String title, String href) {}

    /** The query page: the editor and its examples. */
    public record QueryPage(String endpoint, List<Example> examples) {}
}
