package org.newsgraph.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.OptionalInt;

import org.junit.jupiter.api.Test;
import org.newsgraph.TestCorpus;
import org.newsgraph.rdf.AuthorityData;
import org.newsgraph.rdf.UriScheme;

/** When a gazetteer entity existed and where it lies, as the lexicon gives them to extraction. */
class ExistenceTest {

    @Test
    void bothEndsAreYearsOfExistence() {
        Existence yidu = new Existence(OptionalInt.empty(), OptionalInt.of(1986));
        assertTrue(yidu.possibleIn(1958), "in use in 1981, perhaps long before");
        assertTrue(yidu.possibleIn(1986));
        assertFalse(yidu.possibleIn(1987));
        Existence xinxing = new Existence(OptionalInt.of(2021), OptionalInt.empty());
        assertFalse(xinxing.possibleIn(1958));
        assertTrue(xinxing.possibleIn(2021));
        assertTrue(Existence.UNKNOWN.possibleIn(1946));
        assertThrows(IllegalArgumentException.class, () -> new Existence(OptionalInt.of(1990), OptionalInt.of(1980)));
    }

    @Test
    void theLexiconGivesExistenceAndThePlacesAUnitLiesInNearestFirst() throws Exception {
        Lexicon lexicon = AuthorityData.load(TestCorpus.AUTHORITY, UriScheme.of(TestCorpus.BASE)).lexicon();
        List<Lexicon.Name> yidu = lexicon.names(org.newsgraph.article.Language.ZH).get("益都县");
        assertEquals(1, yidu.size(), yidu.toString());
        EntityRef county = yidu.get(0).entity();
        assertEquals(new Existence(OptionalInt.empty(), OptionalInt.of(1986)), county.existence());
        assertEquals(TestCorpus.BASE + "place/shandong", county.within().get(county.within().size() - 1));
        assertTrue(county.within().contains(TestCorpus.BASE + "place/weifang"), county.within().toString());
        EntityRef xinxing = lexicon.names(org.newsgraph.article.Language.ZH).get("新星市").get(0).entity();
        assertEquals(OptionalInt.of(2021), xinxing.existence().from());
        assertFalse(xinxing.existence().possibleIn(1958));
        // Gazetteer entities without dates or places, and composed ones, say so with the empty forms.
        EntityRef wuhan = EntityRef.of("place/x", EntityKind.CITY, "", "", java.util.Optional.empty());
        assertEquals(Existence.UNKNOWN, wuhan.existence());
        assertEquals(List.of(), wuhan.within());
    }

    @Test
    void aConjunctionBeforeALevelIsNoName() throws Exception {
        Lexicon lexicon = AuthorityData.load(TestCorpus.AUTHORITY, UriScheme.of(TestCorpus.BASE)).lexicon();
        assertEquals(null, lexicon.names(org.newsgraph.article.Language.ZH).get("和县"), "和县 in running text is mostly 'and the county'");
        assertTrue(lexicon.names(org.newsgraph.article.Language.ZH).containsKey("莱阳县"));
    }
}
