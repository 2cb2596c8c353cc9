package org.newsgraph.campaign;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.newsgraph.extract.EntityKind;
import org.newsgraph.extract.EntityRef;
import org.newsgraph.extract.Mention;

/**
 * Who a sentence is about and where: the organisations and places it names before a point (the bodies that set a
 * target, the places an output is from), or, when it names none or speaks of 省委, 全省, 该省, the organisation or
 * place that opens its paragraph (中共广东省委 for 省委 in that paragraph).
 */
final class Subjects {

    /** Words that stand for the paragraph's own committee or province. */
    private static final Pattern PROVINCE_WORDS = Pattern.compile("省委|全省|该省|全区|区党委");

    /** The opening words of a dispatch, whose place is where it was filed from: 本报南京30日电, 据新华社长沙30日电. */
    private static final Pattern DISPATCH = Pattern.compile(
        "^据?(?:新华社|本报)\\p{IsHan}{0,6}?[0-9０-９一二三四五六七八九十]{1,3}日(?:电|讯)");

    /** How far from its start a mention opens a paragraph, in code points (as the extraction stage counts it). */
    private static final int OPENING = 4;

    private Subjects() {}

    /** The bodies and places {@code sentence} names before its character {@code before}, and where they are. */
    record Found(List<EntityRef> bodies, List<EntityRef> places) {
        boolean isEmpty() { return bodies.isEmpty() && places.isEmpty(); }
    }

    static Found before(Sentence sentence, int before, FactContext context) {
        int limit = sentence.span().begin() + sentence.text().codePointCount(0, before);
        int quote = openQuote(sentence.text(), before);
        int from = sentence.span().begin() + sentence.text().codePointCount(0, quote);
        List<Mention> named = outermost(context.mentions(sentence)).stream()
            .filter(m -> m.span().begin() >= from && m.span().end() <= limit && !inDispatch(sentence, m))
            .filter(m -> !origin(sentence, m)).toList();
        Found found = of(named, context);
        boolean standsForOpening = PROVINCE_WORDS.matcher(sentence.text().substring(0, before)).find();
        if (found.isEmpty() || standsForOpening && found.places().isEmpty()) {
            Found opening = of(paragraphOpening(sentence, context).stream().toList(), context);
            List<EntityRef> bodies = new ArrayList<>(found.bodies());
            opening.bodies().stream().filter(b -> !bodies.contains(b)).forEach(bodies::add);
            return new Found(bodies, opening.places());
        }
        return found;
    }

    /**
     * The bodies and places {@code sentence} names between its characters {@code from} and {@code before}, with no
     * recourse to its paragraph: 信阳县产生铁…，商城县产生铁… names one county for each amount.
     */
    static Found named(Sentence sentence, int from, int before, FactContext context) {
        int begin = sentence.span().begin() + sentence.text().codePointCount(0, from);
        int limit = sentence.span().begin() + sentence.text().codePointCount(0, before);
        return of(outermost(context.mentions(sentence)).stream()
            .filter(m -> m.span().begin() >= begin && m.span().end() <= limit && !inDispatch(sentence, m))
            .filter(m -> !origin(sentence, m)).toList(), context);
    }

    /** The organisations among {@code mentions} and the places they and the place mentions stand for. */
    private static Found of(List<Mention> mentions, FactContext context) {
        Map<String, EntityRef> bodies = new LinkedHashMap<>();
        Map<String, EntityRef> places = new LinkedHashMap<>();
        for (Mention m : mentions) {
            EntityRef e = m.entity();
            if (e.place()) {
                places.putIfAbsent(e.iri(), e);
            } else if (e.kind() == EntityKind.ORGANIZATION) {
                bodies.putIfAbsent(e.iri(), e);
                placeServedBy(e, context).ifPresent(p -> places.putIfAbsent(p.iri(), p));
            }
        }
        return new Found(List.copyOf(bodies.values()), List.copyOf(places.values()));
    }

    /** The place an organisation composed from a place's name serves, as the article names it: Hunan for 中共湖南省委. */
    static Optional<EntityRef> placeServedBy(EntityRef organisation, FactContext context) {
        return organisation.areaServed().flatMap(iri -> place(iri, context));
    }

    /** The entity of a place the article names, by IRI. */
    private static Optional<EntityRef> place(String iri, FactContext context) {
        return context.annotated().mentions().stream().map(Mention::entity).filter(e -> e.iri().equals(iri))
            .findFirst();
    }

    /** The organisation or place the paragraph of {@code sentence} opens with, after its dispatch words. */
    static Optional<Mention> paragraphOpening(Sentence sentence, FactContext context) {
        return context.paragraphOf(sentence).flatMap(p -> {
            Optional<Sentence> first = context.sentences().stream()
                .filter(s -> s.span().begin() >= p.span().begin()).findFirst();
            int start = first.map(s -> s.span().begin() + dispatchLength(s)).orElse(p.span().begin());
            return outermost(context.annotated().mentions().stream()
                .filter(m -> m.lang() == sentence.lang() && p.span().begin() <= m.span().begin()
                    && m.span().end() <= p.span().end()).toList()).stream()
                .filter(m -> m.span().begin() >= start)
                .filter(m -> m.entity().place() || m.entity().isComposed())
                .findFirst().filter(m -> m.span().begin() - start <= OPENING);
        });
    }

    /**
     * Where the quotation that {@code at} lies in opens (胡兆森说：“党中央发出…号召”: the speaker is not the subject),
     * or 0 outside quotes.
     */
    private static int openQuote(String text, int at) {
        int open = text.lastIndexOf('“', at - 1);
        return open >= 0 && text.indexOf('”', open) >= at ? open + 1 : 0;
    }

    /** A place someone comes from (从鞍山来) is not where the sentence's claim is. */
    private static boolean origin(Sentence sentence, Mention m) {
        int i = m.span().begin() - sentence.span().begin();
        return i > 0 && "从自".indexOf(sentence.text().codePointAt(sentence.text().offsetByCodePoints(0, i - 1))) >= 0;
    }

    private static boolean inDispatch(Sentence sentence, Mention m) {
        return m.span().begin() < sentence.span().begin() + dispatchLength(sentence);
    }

    /** The length of the dispatch words that open {@code s}, in code points, or 0. */
    static int dispatchLength(Sentence s) {
        Matcher m = DISPATCH.matcher(s.text());
        return m.find() ? s.text().codePointCount(0, m.end()) : 0;
    }

    /** The mentions not inside another: 中共广东省委, not the 广东省 within it. */
    static List<Mention> outermost(List<Mention> mentions) {
        return mentions.stream().filter(m -> mentions.stream().noneMatch(o -> o != m
            && o.span().begin() <= m.span().begin() && m.span().end() <= o.span().end()
            && o.span().length() > m.span().length())).toList();
    }
}
