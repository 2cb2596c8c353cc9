package org.newsgraph.web;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.ConcurrentHashMap;

import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.query.ParameterizedSparqlString;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.engine.binding.Binding;
import org.apache.jena.sparql.exec.QueryExec;
import org.apache.jena.system.Txn;
import org.newsgraph.rdf.Campaign;
import org.newsgraph.rdf.SchemaOrg;
import org.newsgraph.web.PageModel.Bar;
import org.newsgraph.web.PageModel.OverviewPage;
import org.newsgraph.web.PageModel.Point;
import org.newsgraph.web.PageModel.RegionBars;

/**
 * The overviews, drawn as inline SVG from the store: the places the articles mention at their coordinates (plotted
 * in China's bounding box, longitude as x and latitude as y, one unit a tenth of a degree), the articles per month,
 * and the campaign's targets and outputs by region. Each language's page is drawn once, when first asked for: the
 * store does not change while it is served, and the queries read all of it.
 */
final class Overviews {

    /** China's bounding box, in degrees. */
    static final double WEST = 73, EAST = 135, SOUTH = 18, NORTH = 54;
    private static final double SCALE = 10;
    private static final double CHART_HEIGHT = 200, BAR_WIDTH = 28, BAR_GAP = 6, REGION_BAR = 400;

    private static final String PLACES = """
        SELECT DISTINCT ?place ?lat ?long WHERE {
          ?article ?mentions ?place . ?place ?latitude ?lat ; ?longitude ?long .
        } ORDER BY ?place""";
    private static final String MONTHS = """
        SELECT ?month (COUNT(DISTINCT ?article) AS ?articles) WHERE {
          ?article a ?NewsArticle ; ?inLanguage "zh" ; ?datePublished ?date .
          BIND(SUBSTR(STR(?date), 1, 7) AS ?month)
        } GROUP BY ?month ORDER BY ?month""";
    private static final String REGIONS = """
        SELECT ?region (SUM(?isTarget) AS ?targets) (SUM(?isOutput) AS ?outputs) WHERE {
          { ?fact a ?ProductionTarget BIND(1 AS ?isTarget) BIND(0 AS ?isOutput) }
          UNION { ?fact a ?ReportedOutput BIND(0 AS ?isTarget) BIND(1 AS ?isOutput) }
          ?fact ?region_ ?region .
        } GROUP BY ?region ORDER BY DESC(?targets + ?outputs) ?region""";

    private final DatasetGraph dataset;
    private final Labels labels;
    private final SitePaths paths;
    private final Map<PageLanguage, OverviewPage> drawn = new ConcurrentHashMap<>();

    Overviews(DatasetGraph dataset, Labels labels, SitePaths paths) {
        this.dataset = Objects.requireNonNull(dataset, "dataset");
        this.labels = Objects.requireNonNull(labels, "labels");
        this.paths = Objects.requireNonNull(paths, "paths");
    }

    OverviewPage read(PageLanguage lang) {
        return drawn.computeIfAbsent(lang, this::draw);
    }

    private OverviewPage draw(PageLanguage lang) {
        return Txn.calculateRead(dataset, () -> {
            Graph g = dataset.getUnionGraph();
            List<Point> points = new ArrayList<>();
            int outside = 0;
            ParameterizedSparqlString places = new ParameterizedSparqlString(PLACES);
            places.setParam("mentions", SchemaOrg.mentions);
            places.setParam("latitude", SchemaOrg.latitude);
            places.setParam("longitude", SchemaOrg.longitude);
            for (Binding row : select(places)) {
                double lat = number(row.get("lat")), lon = number(row.get("long"));
                if (Double.isNaN(lat) || Double.isNaN(lon))
                    continue;
                if (lon < WEST || lon > EAST || lat < SOUTH || lat > NORTH) {
                    outside++;
                    continue;
                }
                Node place = row.get("place");
                points.add(new Point(round((lon - WEST) * SCALE), round((NORTH - lat) * SCALE),
                    paths.href(place.getURI()), labels.text(g, place, lang)));
            }

            ParameterizedSparqlString months = new ParameterizedSparqlString(MONTHS);
            months.setParam("NewsArticle", SchemaOrg.NewsArticle);
            months.setParam("inLanguage", SchemaOrg.inLanguage);
            months.setParam("datePublished", SchemaOrg.datePublished);
            List<Binding> monthRows = select(months);
            long most = monthRows.stream().mapToLong(r -> count(r.get("articles"))).max().orElse(1);
            List<Bar> bars = new ArrayList<>();
            for (Binding row : monthRows) {
                long n = count(row.get("articles"));
                double x = BAR_GAP + bars.size() * (BAR_WIDTH + BAR_GAP);
                bars.add(new Bar(row.get("month").getLiteralLexicalForm(), n, x, BAR_WIDTH,
                    round(n * (CHART_HEIGHT - 20) / most)));
            }

            ParameterizedSparqlString regions = new ParameterizedSparqlString(REGIONS);
            regions.setParam("ProductionTarget", Campaign.ProductionTarget);
            regions.setParam("ReportedOutput", Campaign.ReportedOutput);
            regions.setParam("region_", Campaign.region);
            List<Binding> regionRows = select(regions);
            long largest = regionRows.stream()
                .mapToLong(r -> Math.max(count(r.get("targets")), count(r.get("outputs")))).max().orElse(1);
            List<RegionBars> byRegion = new ArrayList<>();
            for (Binding row : regionRows) {
                long t = count(row.get("targets")), o = count(row.get("outputs"));
                byRegion.add(new RegionBars(labels.value(g, row.get("region"), lang), t, o,
                    round(t * REGION_BAR / largest), round(o * REGION_BAR / largest)));
            }
            return new OverviewPage(points, outside, (EAST - WEST) * SCALE, (NORTH - SOUTH) * SCALE, bars,
                BAR_GAP + bars.size() * (BAR_WIDTH + BAR_GAP), CHART_HEIGHT, byRegion);
        });
    }

    private List<Binding> select(ParameterizedSparqlString q) {
        try (QueryExec exec = QueryExec.dataset(dataset).query(q.asQuery()).build()) {
            List<Binding> rows = new ArrayList<>();
            exec.select().forEachRemaining(rows::add);
            return rows;
        }
    }

    private static double number(Node n) {
        return n.isLiteral() && n.getLiteralValue() instanceof Number v ? v.doubleValue() : Double.NaN;
    }

    private static long count(Node n) {
        return n == null ? 0 : ((Number) n.getLiteralValue()).longValue();
    }

    private static double round(double v) {
        return Math.round(v * 10) / 10.0;
    }
}
