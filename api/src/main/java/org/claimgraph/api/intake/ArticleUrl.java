package org.claimgraph.api.intake;

import java.net.URI;
import java.net.URISyntaxException;
import java.util.Locale;
import org.claimgraph.api.error.InvalidArgumentException;

/**
 * The link to where an article was first published. Only absolute {@code http} and {@code https}
 * URLs with a host are accepted: the explorer turns the stored value into a link, and a
 * {@code javascript:} or {@code data:} URL there would run script in the API's own origin.
 */
public final class ArticleUrl {

    /** The width of the column that holds it. */
    public static final int MAX_LENGTH = 2000;

    static final String NOT_WEB = "url must be an absolute http or https URL";

    private ArticleUrl() {}

    /** The URL without surrounding blanks, or null when none was given; refuses any other kind of URL. */
    public static String valid(String url) {
        if (url == null || url.isBlank()) {
            return null;
        }
        String stripped = url.strip();
        if (stripped.length() > MAX_LENGTH) {
            throw new InvalidArgumentException(
                    "url has " + stripped.length() + " characters; at most " + MAX_LENGTH + " are accepted");
        }
        if (!isWeb(stripped)) {
            throw new InvalidArgumentException(NOT_WEB);
        }
        return stripped;
    }

    private static boolean isWeb(String url) {
        try {
            URI uri = new URI(url);
            String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
            return (scheme.equals("http") || scheme.equals("https")) && uri.getHost() != null;
        } catch (URISyntaxException e) {
            return false;
        }
    }
}
