package org.claimgraph.api.graphql;

import jakarta.inject.Inject;
import java.util.List;
import org.claimgraph.api.graphql.model.Claim;
import org.claimgraph.api.graphql.model.ClaimFilter;
import org.claimgraph.api.graphql.model.District;
import org.claimgraph.api.graphql.model.DistrictFilter;
import org.claimgraph.api.graphql.model.Location;
import org.claimgraph.api.graphql.paging.Connection;
import org.claimgraph.api.graphql.paging.PageRequest;
import org.claimgraph.api.service.ClaimQueries;
import org.claimgraph.api.service.LocationQueries;
import org.eclipse.microprofile.graphql.DefaultValue;
import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.GraphQLApi;
import org.eclipse.microprofile.graphql.Id;
import org.eclipse.microprofile.graphql.NonNull;
import org.eclipse.microprofile.graphql.Query;
import org.eclipse.microprofile.graphql.Source;

/** Districts at the root, with their province, country and claims (each batched over all districts). */
@GraphQLApi
public class DistrictResource {

    @Inject
    LocationQueries locations;

    @Inject
    ClaimQueries claims;

    @Query
    @Description("Districts named in the articles; name matches spelling variants too, ignoring case.")
    public @NonNull Connection<District> districts(DistrictFilter filter, @DefaultValue("20") Integer first,
            String after) {
        return locations.districts(filter == null ? null : Criteria.blankToNull(filter.name()),
                filter == null ? null : Ids.parse(filter.province(), "filter.province"), PageRequest.of(first, after));
    }

    @Query
    public District district(@NonNull @Id String id) {
        return locations.districtById(Ids.parse(id, "id")).orElse(null);
    }

    public List<Location> province(@Source List<District> sources) {
        return locations.byIds(sources.stream().map(District::provinceId).toList());
    }

    public List<Location> country(@Source List<District> sources) {
        List<Location> provinces = province(sources);
        return locations.byIds(provinces.stream().map(p -> p == null ? null : p.parentId()).toList());
    }

    @Description("Claims placed in the district or in a place inside it.")
    public List<@NonNull Connection<Claim>> claims(@Source List<District> sources, ClaimFilter filter,
            @DefaultValue("20") Integer first, String after) {
        List<Long> ids = sources.stream().map(d -> Long.valueOf(d.id())).toList();
        return claims.byLocations(ids, Criteria.of(filter), PageRequest.of(first, after));
    }
}
