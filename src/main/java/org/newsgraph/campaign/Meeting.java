package org.newsgraph.campaign;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

import org.newsgraph.extract.EntityRef;
import org.newsgraph.extract.TimeExpression;

/**
 * A meeting, conference or rally: 中共湖北省委在1日下午召开常委会议; 湖南省委…在2日晚联合举办了“动员全省人民向钢铁大进军”广播大会.
 *
 * @param kind       what kind of meeting
 * @param name       the words that name it, when they are a name (中共中央政治局扩大会议)
 * @param title      its title, when the article quotes one (动员全省人民向钢铁大进军)
 * @param date       the day it was held, when the article tells (同日晚上 is the day named before)
 * @param dateWords  the date the extraction stage resolved that day from, when there is one
 * @param partOfDay  the part of the day, when the article tells
 * @param organisers the bodies that held it
 * @param evidence   the sentence that states it
 */
public record Meeting(MeetingKind kind, Optional<Name> name, Optional<Name> title, Optional<LocalDate> date,
                      Optional<TimeExpression> dateWords, Optional<PartOfDay> partOfDay, List<EntityRef> organisers,
                      Evidence evidence) implements CampaignFact {
    public Meeting {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(title, "title");
        Objects.requireNonNull(date, "date");
        Objects.requireNonNull(dateWords, "dateWords");
        Objects.requireNonNull(partOfDay, "partOfDay");
        organisers = List.copyOf(organisers);
        Objects.requireNonNull(evidence, "evidence");
    }
}
