package org.newsgraph.campaign;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.newsgraph.article.Language;
import org.newsgraph.article.Paragraph;
import org.newsgraph.article.Span;
import org.newsgraph.extract.AnnotatedArticle;
import org.newsgraph.extract.ExtractionMethod;
import org.newsgraph.extract.Mention;
import org.newsgraph.extract.Quantity;
import org.newsgraph.extract.TimeExpression;

/**
 * One article as the rules read it: its sentences in both languages, what the extraction stage found in each, the
 * English sentence aligned with each Chinese one, and the facts found so far. Not thread-safe: one per article.
 */
final class FactContext {

    private final AnnotatedArticle annotated;
    private final List<Sentence> chinese;
    private final List<Sentence> english;
    private final SentenceAlignment alignment;
    private final List<CampaignFact> facts = new ArrayList<>();
    private final List<LeftOut> leftOut = new ArrayList<>();

    FactContext(AnnotatedArticle annotated) {
        this.annotated = annotated;
        this.chinese = Sentences.split(annotated.article().originalBody().text(), Language.ZH);
        this.english = Sentences.split(annotated.article().translationBody().text(), Language.EN);
        // The alignment reads only the article and the sentences, all set above.
        this.alignment = SentenceAlignment.of(this);
    }

    AnnotatedArticle annotated() { return annotated; }

    /** The sentences of the original, in order. */
    List<Sentence> sentences() { return chinese; }

    /** The sentences of the translation, in order. */
    List<Sentence> englishSentences() { return english; }

    /** The paragraph of the original that {@code s} lies in. */
    Optional<Paragraph> paragraphOf(Sentence s) {
        return annotated.article().originalBody().paragraphs().stream()
            .filter(p -> p.span().begin() <= s.span().begin() && s.span().end() <= p.span().end())
            .findFirst();
    }

    /** The sentence before {@code s} in the original, if any. */
    Optional<Sentence> previous(Sentence s) {
        int i = chinese.indexOf(s);
        return i > 0 ? Optional.of(chinese.get(i - 1)) : Optional.empty();
    }

    /** The sentences of the paragraph of {@code s} that come before it, in order. */
    List<Sentence> earlierInParagraph(Sentence s) {
        return paragraphOf(s)
            .map(p -> chinese.stream().filter(e -> e.span().begin() >= p.span().begin()
                && e.span().end() <= s.span().begin()).toList())
            .orElse(List.of());
    }

    /** The day the paper came out, against which dates are resolved. */
    LocalDate paperDate() { return annotated.article().original().date(); }

    /** The English sentence that says what {@code zh} says, when one can be told. */
    Optional<Sentence> english(Sentence zh) { return alignment.english(zh); }

    /** The mentions within {@code s}, in its language, in order. */
    List<Mention> mentions(Sentence s) {
        return annotated.mentions().stream().filter(m -> m.lang() == s.lang() && s.covers(m.span())).toList();
    }

    /** The amounts within {@code s}, in order. */
    List<Quantity> quantities(Sentence s) {
        return annotated.quantities().stream().filter(q -> q.lang() == s.lang() && s.covers(q.span())).toList();
    }

    /** The dates and periods within {@code s}, in order. */
    List<TimeExpression> dates(Sentence s) {
        return annotated.dates().stream().filter(t -> t.lang() == s.lang() && s.covers(t.span())).toList();
    }

    /** The words of the original at {@code span}. */
    String words(Span span) { return span.of(annotated.article().originalBody().text()); }

    /** Evidence for a fact read from {@code zh}: that sentence and its English one. */
    Evidence evidence(Sentence zh, double confidence) {
        return new Evidence(zh, english(zh), ExtractionMethod.CAMPAIGN_PATTERN, confidence);
    }

    void add(CampaignFact fact) { facts.add(fact); }

    void leaveOut(Sentence sentence, String reason) { leftOut.add(new LeftOut(sentence, reason)); }

    /** The facts found so far of {@code type}, in order. */
    <T extends CampaignFact> List<T> found(Class<T> type) {
        return facts.stream().filter(type::isInstance).map(type::cast).toList();
    }

    CampaignReading reading() { return new CampaignReading(facts, leftOut); }
}
