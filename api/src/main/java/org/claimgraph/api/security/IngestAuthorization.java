package org.claimgraph.api.security;

import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.Optional;
import org.claimgraph.api.config.ClaimgraphConfig;
import org.claimgraph.api.error.UnauthorizedException;

/**
 * Checks the {@code Authorization: Bearer <token>} header of the current request against the
 * configured ingest token. Missing, empty and wrong tokens get the same answer; without a configured
 * token every ingest is refused.
 */
@RequestScoped
public class IngestAuthorization {

    private static final String BEARER = "Bearer ";

    @Inject
    ClaimgraphConfig config;

    @Inject
    RoutingContext request;

    public void requireIngestToken() {
        Optional<String> expected = config.ingest().token().filter(t -> !t.isBlank());
        if (expected.isEmpty()) {
            throw new UnauthorizedException(
                    "ingest is disabled: the server has no ingest token configured (CLAIMGRAPH_INGEST_TOKEN)");
        }
        String header = request.request().getHeader("Authorization");
        String given = header != null && header.startsWith(BEARER)
                ? header.substring(BEARER.length()).strip()
                : "";
        if (!constantTimeEquals(expected.get(), given)) {
            throw new UnauthorizedException("ingest needs the header 'Authorization: Bearer <ingest token>'");
        }
    }

    private static boolean constantTimeEquals(String expected, String given) {
        return MessageDigest.isEqual(expected.getBytes(StandardCharsets.UTF_8), given.getBytes(StandardCharsets.UTF_8));
    }
}
