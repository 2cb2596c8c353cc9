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
        // The Chinese original is read first: the entities it names confirm the translation's shared names.
        MentionContext onDate = MentionContext.on(article.original().date());
        // Segmented once, for the places' word boundaries and the people's names alike.
        ChineseWords original = new ChineseWords(article.originalBody().text());
        MentionFinder.Reading zhReading = mentions.read(original, onDate);
        List<Mention> zhMentions = zhReading.mentions();
        List<Mention> zhHeadline = mentions.read(article.original().headline(), Language.ZH, onDate).mentions();
        List<Mention> confirming = new ArrayList<>(zhMentions);
        confirming.addAll(zhHeadline);
        MentionContext confirmed = onDate.confirmedBy(confirming);
        MentionFinder.Reading enReading = mentions.read(article.translationBody().text(), Language.EN, confirmed);
        List<Mention> enMentions = enReading.mentions();
        Set<String> about = new LinkedHashSet<>();
        zhHeadline.forEach(m -> placeOf(m).ifPresent(about::add));
        mentions.read(article.translation().headline(), Language.EN, confirmed).mentions()
            .forEach(m -> placeOf(m).ifPresent(about::add));
        about.addAll(openings(article.originalBody(), zhMentions, zh));
        about.addAll(openings(article.translationBody(), enMentions, en));
        List<Mention> all = new ArrayList<>(zhMentions);
        all.addAll(enMentions);
        all.addAll(people.find(original, article.translationBody().text(), all));
        List<Quantity> amounts = new ArrayList<>(quantities.find(article.originalBody().text(), Language.ZH));
        amounts.addAll(quantities.find(article.translationBody().text(), Language.EN));
        List<TimeExpression> times = new ArrayList<>(dates.find(article.originalBody().text(), Language.ZH, article.original().date()));
        times.addAll(dates.find(article.translationBody().text(), Language.EN, article.original().date()));
        List<AmbiguousMention> ambiguous = new ArrayList<>(zhReading.ambiguous());
        ambiguous.addAll(enReading.ambiguous());
        return new AnnotatedArticle(article, zh, en, all, ambiguous, new ArrayList<>(about), amounts, times);
    }

    /** What extraction finds in a plain text, outside any article. */
    public record TextAnnotations(List<Mention> mentions, List<AmbiguousMention> ambiguous, List<Quantity> quantities,
                                  List<TimeExpression> dates) {}

    /**
     * Mentions, amounts and dates in a plain text of language {@code lang}; places are those that existed at
     * {@code paper}'s date and dates are resolved against it, or, if {@code paper} is null, every place is a
     * candidate and dates are resolved only when they give their year.
     */
    public TextAnnotations annotate(String text, Language lang, LocalDate paper) {
        MentionFinder.Reading reading = mentions.read(text, lang, MentionContext.on(paper));
        return new TextAnnotations(reading.mentions(), reading.ambiguous(), quantities.find(text, lang),
            dates.find(text, lang, paper));
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
