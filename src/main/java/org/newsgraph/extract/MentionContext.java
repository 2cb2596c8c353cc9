package org.newsgraph.extract;

import java.time.LocalDate;
import java.util.Collection;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * What a text is read against.
 *
 * @param date      the paper's date: an entity that did not exist in its year is no candidate
 * @param confirmed the IRIs of the entities the other text of the article names: they confirm which of several
 *                  places an English name means
 */
public record MentionContext(Optional<LocalDate> date, Set<String> confirmed) {

    /** No date and no other text: every entity is a candidate, and nothing is confirmed. */
    public static final MentionContext NONE = new MentionContext(Optional.empty(), Set.of());

    public MentionContext {
        Objects.requireNonNull(date, "date");
        confirmed = Set.copyOf(confirmed);
    }

    /** The context of a text printed on {@code date} (none when null). */
    public static MentionContext on(LocalDate date) {
        return new MentionContext(Optional.ofNullable(date), Set.of());
    }

    /** This context, with the entities that {@code other}, the mentions of the other text, name. */
    public MentionContext confirmedBy(Collection<Mention> other) {
        return new MentionContext(date, other.stream().map(m -> m.entity().iri()).collect(Collectors.toSet()));
    }

    /** The year of the date, if known. */
    public OptionalInt year() {
        return date.map(d -> OptionalInt.of(d.getYear())).orElse(OptionalInt.empty());
    }
}
