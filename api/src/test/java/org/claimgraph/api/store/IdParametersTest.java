package org.claimgraph.api.store;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.util.List;
import org.claimgraph.api.read.ClaimCriteria;
import org.claimgraph.api.read.ClaimRow;
import org.junit.jupiter.api.Test;

/** Batches read by id ({@link IdParameters}): every id found once however often the batch names it, none for no ids. */
@QuarkusTest
class IdParametersTest {

    @Inject
    ClaimRepository claims;

    @Test
    @Transactional
    void shouldFindEachClaimOnceWhateverTheBatchRepeats() {
        List<Long> stored = someClaimIds(3);

        List<ClaimRow> found = claims.findByIds(List.of(stored.get(0), stored.get(1), stored.get(2), stored.get(2)));

        assertEquals(stored, found.stream().map(ClaimRow::id).sorted().toList());
    }

    @Test
    @Transactional
    void shouldFindNothingForNoIds() {
        assertEquals(List.of(), claims.findByIds(List.of()));
    }

    private List<Long> someClaimIds(int count) {
        List<Long> ids = claims.pageAfter(ClaimCriteria.ANY, 0, count).stream()
                .map(ClaimRow::id)
                .sorted()
                .toList();
        assertEquals(count, ids.size(), "the corpus has " + count + " claims");
        return ids;
    }
}
