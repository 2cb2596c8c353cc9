package org.newsgraph.extract;

import java.util.Locale;
import java.util.Optional;

/**
 * What a mentioned entity is: a kind of place (from a country to a county-level unit), a person or an
 * organisation. Each stands for the gazetteer class of the same local name ({@code ng:PrefectureLevelCity},
 * {@code schema:Person}); an entity of several classes takes the first kind in this order.
 */
public enum EntityKind {
    COUNTRY, PROVINCE, AUTONOMOUS_REGION, MUNICIPALITY, REGION,
    PREFECTURE_LEVEL_CITY, PREFECTURE, AUTONOMOUS_PREFECTURE, LEAGUE,
    COUNTY_LEVEL_CITY, COUNTY, AUTONOMOUS_COUNTY, BANNER, AUTONOMOUS_BANNER, DISTRICT, CITY,
    PERSON, NEWS_MEDIA_ORGANIZATION, ORGANIZATION;

    private final String localName;

    EntityKind() {
        StringBuilder b = new StringBuilder();
        for (String word : name().split("_"))
            b.append(word.charAt(0)).append(word.substring(1).toLowerCase(Locale.ROOT));
        this.localName = b.toString();
    }

    /** The local name of the class it stands for: {@code PrefectureLevelCity}. */
    public String localName() { return localName; }

    /** The kind whose class has the local name {@code localName}, if there is one. */
    public static Optional<EntityKind> ofLocalName(String localName) {
        for (EntityKind k : values())
            if (k.localName.equals(localName))
                return Optional.of(k);
        return Optional.empty();
    }

    /** True for places, which an article can be about. */
    public boolean place() { return ordinal() <= CITY.ordinal(); }

    /** True for the units under a prefecture: counties, county-level cities, banners, districts. */
    public boolean countyLevel() { return ordinal() >= COUNTY_LEVEL_CITY.ordinal() && ordinal() <= DISTRICT.ordinal(); }

    /** True for the units under a province: prefectures, prefecture-level cities, autonomous prefectures, leagues. */
    public boolean prefectureLevel() {
        return ordinal() >= PREFECTURE_LEVEL_CITY.ordinal() && ordinal() <= LEAGUE.ordinal();
    }

    @Override
    public String toString() { return localName; }
}
