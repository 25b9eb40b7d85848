package org.claimgraph.api.service;

/** Offsets into an article's body, end exclusive: where a claim, figure or mention was read. */
public record BodySpan(long articleId, int start, int end) {}
