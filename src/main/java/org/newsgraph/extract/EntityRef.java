package org.newsgraph.extract;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * An entity that text can mention, as extraction knows it.
 *
 * @param iri      the entity's IRI; one that starts with {@code #} names an entity of the article alone, a fragment
 *                 of the original's IRI
 * @param kind     what it is: a kind of place, a person, an organisation
 * @param labelZh  its Chinese name, or empty
 * @param labelEn  its English name, or empty
 * @param wikidata the Wikidata item it is the same as (a bare QID), if confirmed
 * @param parentOrganization for an organisation composed from a place's name: the organisation it belongs to
 *                   (the party of a party committee)
 * @param areaServed for such an organisation: the place it serves
 * @param existence  when it existed, as far as the sources tell
 * @param within     IRIs of the places it lies in, transitively, nearest first (a county's prefecture, then its
 *                   province)
 */
public record EntityRef(String iri, EntityKind kind, String labelZh, String labelEn, Optional<String> wikidata,
                        Optional<String> parentOrganization, Optional<String> areaServed,
                        Existence existence, List<String> within) {
    public EntityRef {
        Objects.requireNonNull(iri, "iri");
        Objects.requireNonNull(kind, "kind");
        labelZh = labelZh == null ? "" : labelZh;
        labelEn = labelEn == null ? "" : labelEn;
        Objects.requireNonNull(existence, "existence");
        within = List.copyOf(Objects.requireNonNull(within, "within"));
    }

    /** An entity of the gazetteer whose existence and location are not known. */
    public static EntityRef of(String iri, EntityKind kind, String labelZh, String labelEn, Optional<String> wikidata) {
        return of(iri, kind, labelZh, labelEn, wikidata, Existence.UNKNOWN, List.of());
    }

    /** An entity of the gazetteer, with when it existed and the places it lies in, nearest first. */
    public static EntityRef of(String iri, EntityKind kind, String labelZh, String labelEn, Optional<String> wikidata,
                               Existence existence, List<String> within) {
        return new EntityRef(iri, kind, labelZh, labelEn, wikidata, Optional.empty(), Optional.empty(),
            existence, within);
    }

    /** True for places, which an article can be about. */
    public boolean place() { return kind.place(); }

    /** True for an entity of one article only, whose IRI is a fragment of the article's. */
    public boolean isLocal() { return iri.startsWith("#"); }

    /** True for an organisation composed from a place's name, which newsgraph mints rather than looks up. */
    public boolean isComposed() { return areaServed.isPresent(); }

    /** The name to show: English if there is one, else Chinese. */
    public String label() { return labelEn.isEmpty() ? labelZh : labelEn; }
}
