package org.claimgraph.api.graphql.schema.paging;

import graphql.schema.DataFetchingEnvironment;
import io.smallrye.graphql.api.Context;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import org.claimgraph.api.error.InvalidArgumentException;

/**
 * The validated {@code first}/{@code after} arguments of a connection. Cursors are opaque to clients:
 * base64 of "cursor:" and the id of the last node seen; pages are in id order. {@code totalWanted} is false
 * when the client did not select {@code totalCount}, so that a root page need not count its rows.
 */
public record PageRequest(int first, long afterId, boolean totalWanted) {

    public static final int MAX_FIRST = 200;
    private static final String PREFIX = "cursor:";

    public static PageRequest of(Integer first, String after) {
        int size = first == null ? 20 : first;
        if (size < 0 || size > MAX_FIRST) {
            throw new InvalidArgumentException("first must be between 0 and " + MAX_FIRST + ", was " + size);
        }
        return new PageRequest(size, after == null ? 0 : decode(after), true);
    }

    /** The same page, with the total counted only if the field being resolved selects {@code totalCount}. */
    public PageRequest countingIfSelected(Context context) {
        DataFetchingEnvironment environment = context == null ? null : context.unwrap(DataFetchingEnvironment.class);
        boolean wanted = environment == null || environment.getSelectionSet().contains("totalCount");
        return wanted == totalWanted ? this : new PageRequest(first, afterId, wanted);
    }

    public static String encode(long id) {
        return Base64.getUrlEncoder().withoutPadding().encodeToString((PREFIX + id).getBytes(StandardCharsets.UTF_8));
    }

    static long decode(String cursor) {
        try {
            String plain = new String(Base64.getUrlDecoder().decode(cursor), StandardCharsets.UTF_8);
            if (plain.startsWith(PREFIX)) {
                long id = Long.parseLong(plain.substring(PREFIX.length()));
                if (id >= 0) {
                    return id;
                }
            }
        } catch (IllegalArgumentException e) {
            // falls through to the client error below: the cursor is not one of ours
        }
        throw new InvalidArgumentException("after is not a cursor this API issued");
    }
}
