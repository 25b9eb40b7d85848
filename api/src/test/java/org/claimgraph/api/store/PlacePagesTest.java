package org.claimgraph.api.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.util.List;
import java.util.Map;
import org.claimgraph.api.read.ClaimCriteria;
import org.junit.jupiter.api.Test;

/**
 * A place's page of claims holds the claims placed there and in the places directly inside it. It is read with a
 * select per place, or, for a page of places with many places inside them, with a select per place and one over
 * all the places inside it: both must give the same pages.
 */
@QuarkusTest
class PlacePagesTest {

    @Inject
    ClaimRepository claims;

    @Inject
    EntityManager em;

    @Test
    @Transactional
    void shouldGiveAPlaceTheClaimsOfThePlacesInsideItInIdOrder() {
        Object[] inside = (Object[]) em.createNativeQuery("select l.parent_id, cl.claim_id from claim_location cl"
                        + " join location l on l.id = cl.location_id where l.parent_id is not null and not exists"
                        + " (select 1 from claim_location o where o.location_id = l.parent_id and o.claim_id = cl.claim_id)"
                        + " order by cl.claim_id")
                .setMaxResults(1)
                .getSingleResult();
        long parent = ((Number) inside[0]).longValue();
        long claimInside = ((Number) inside[1]).longValue();

        List<Long> page = claims.firstIdsInLocations(List.of(parent), ClaimCriteria.ANY, 0, 200)
                .get(parent);

        assertTrue(page.contains(claimInside), "claim " + claimInside + " placed inside " + parent + ": " + page);
        assertEquals(page.stream().sorted().toList(), page, "in id order");
    }

    @Test
    @Transactional
    void shouldReadTheSamePagesWithASelectPerPlaceAsWithOneOverThePlacesInside() {
        @SuppressWarnings("unchecked")
        List<Long> places = ((List<Number>) em.createNativeQuery("select distinct location_id from claim_location"
                                + " union select l.parent_id from location l join claim_location cl"
                                + " on cl.location_id = l.id where l.parent_id is not null")
                        .getResultList())
                .stream().map(Number::longValue).sorted().toList();
        assertFalse(places.isEmpty(), "the test corpus places claims");

        for (int limit : new int[] {1, 3, 20}) {
            Map<Long, List<Long>> first = perPlace(places, 0, limit);
            assertEquals(perParent(places, 0, limit), first, "first pages of " + limit);
            for (Map.Entry<Long, List<Long>> page : first.entrySet()) {
                long after = page.getValue().get(0);
                assertEquals(
                        perParent(List.of(page.getKey()), after, limit),
                        perPlace(List.of(page.getKey()), after, limit),
                        "pages of " + limit + " after " + after + " in " + page.getKey());
            }
        }
    }

    private Map<Long, List<Long>> perPlace(List<Long> places, long after, int limit) {
        return claims.firstIdsInLocations(places, ClaimCriteria.ANY, after, limit, Integer.MAX_VALUE);
    }

    private Map<Long, List<Long>> perParent(List<Long> places, long after, int limit) {
        return claims.firstIdsInLocations(places, ClaimCriteria.ANY, after, limit, 0);
    }
}
