package org.claimgraph.api.bulk;

import org.claimgraph.api.intake.ArticleSubmission;

/**
 * One article read from a bulk input, or why it could not be read. {@code origin} says where it came
 * from: a file name, or a file name and line number.
 */
record BulkItem(String origin, ArticleSubmission submission, String unreadable) {

    static BulkItem of(String origin, ArticleSubmission submission) {
        return new BulkItem(origin, submission, null);
    }

    static BulkItem unreadable(String origin, String reason) {
        return new BulkItem(origin, null, reason);
    }
}
