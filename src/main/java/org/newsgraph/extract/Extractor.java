package org.newsgraph.extract;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.Objects;
import java.util.Optional;

import org.newsgraph.article.Article;
import org.newsgraph.article.Body;
import org.newsgraph.article.Language;
import org.newsgraph.article.Paragraph;

/** Runs the extraction stage over one article at a time. Thread-safe. */
public final class Extractor {

    /**
     * A place is what an article is about when its headline names it, or when a paragraph opens with it (or with
     * an organisation of it): within this many code points of the paragraph's start, so that "The Henan
     * Provincial Committee…" counts.
     */
    static final int PARAGRAPH_OPENING = 4;

    private final DatelineFinder datelines;
    private final MentionFinder mentions;
    private final PersonNameFinder people = new PersonNameFinder();
    private final QuantityFinder quantities = new QuantityFinder();
    private final DateFinder dates = new DateFinder();

    public Extractor(DatelineFinder datelines, MentionFinder mentions) {
        this.datelines = Objects.requireNonNull(datelines, "datelines");
        this.mentions = Objects.requireNonNull(mentions, "mentions");
    }

    public AnnotatedArticle annotate(Article article) {
        Optional<Dateline> zh = datelines.find(article.originalBody());
        Optional<Dateline> en = datelines.find(article.translationBody());
        List<Mention> zhMentions = mentions.find(article.originalBody().text(), Language.ZH);
        List<Mention> enMentions = mentions.find(article.translationBody().text(), Language.EN);
        Set<String> about = new LinkedHashSet<>();
        mentions.find(article.original().headline(), Language.ZH).forEach(m -> placeOf(m).ifPresent(about::add));
        mentions.find(article.translation().headline(), Language.EN).forEach(m -> placeOf(m).ifPresent(about::add));
        about.addAll(openings(article.originalBody(), zhMentions, zh));
        about.addAll(openings(article.translationBody(), enMentions, en));
        List<Mention> all = new ArrayList<>(zhMentions);
        all.addAll(enMentions);
        all.addAll(people.find(article.originalBody().text(), article.translationBody().text(), all));
        List<Quantity> amounts = new ArrayList<>(quantities.find(article.originalBody().text(), Language.ZH));
        amounts.addAll(quantities.find(article.translationBody().text(), Language.EN));
        List<TimeExpression> times = new ArrayList<>(dates.find(article.originalBody().text(), Language.ZH, article.original().date()));
        times.addAll(dates.find(article.translationBody().text(), Language.EN, article.original().date()));
        return new AnnotatedArticle(article, zh, en, all, new ArrayList<>(about), amounts, times);
    }

    /** What extraction finds in a plain text, outside any article. */
    public record TextAnnotations(List<Mention> mentions, List<Quantity> quantities, List<TimeExpression> dates) {}

    /**
     * Mentions, amounts and dates in a plain text of language {@code lang}; dates are resolved against
     * {@code paper}, or only when they give their year if {@code paper} is null.
     */
    public TextAnnotations annotate(String text, Language lang, LocalDate paper) {
        return new TextAnnotations(mentions.find(text, lang), quantities.find(text, lang), dates.find(text, lang, paper));
    }

    /**
     * The places of the mentions that open a paragraph. The dateline's own words are left out, and so are places
     * within an organisation's name: "Wuhan Iron and Steel Works" opening a caption does not make it about Wuhan.
     */
    private static List<String> openings(Body body, List<Mention> mentions, Optional<Dateline> dateline) {
        List<String> places = new ArrayList<>();
        for (Mention m : mentions) {
            if (dateline.isPresent() && m.span().begin() < dateline.get().span().end()
                && m.span().end() > dateline.get().span().begin())
                continue;
            if (mentions.stream().anyMatch(o -> !o.entity().place() && !o.entity().isComposed() && o != m
                && o.span().begin() <= m.span().begin() && m.span().end() <= o.span().end()))
                continue;
            for (Paragraph p : body.paragraphs()) {
                int offset = m.span().begin() - p.span().begin();
                if (offset >= 0 && offset <= PARAGRAPH_OPENING)
                    placeOf(m).ifPresent(places::add);
            }
        }
        return places;
    }

    /** The place a mention stands for: the place itself, or the place an organisation composed from it serves. */
    private static Optional<String> placeOf(Mention m) {
        return m.entity().place() ? Optional.of(m.entity().iri()) : m.entity().areaServed();
    }
}
