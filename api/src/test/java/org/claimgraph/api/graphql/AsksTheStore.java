package org.claimgraph.api.graphql;

import java.util.List;
import org.claimgraph.api.read.ClaimRow;
import org.claimgraph.api.store.ClaimRepository;

/** Breaks the layering on purpose (a resource that reads the store itself), for {@code ApiLayerRulesCatchTest}. */
public class AsksTheStore {

    public List<ClaimRow> claims(ClaimRepository claims) {
        return claims.findByIds(List.of(1L));
    }
}
