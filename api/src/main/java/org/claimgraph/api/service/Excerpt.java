package org.claimgraph.api.service;

/** The words of a {@link BodySpan} ({@code text == body.substring(start, end)}) and the sentence around them. */
public record Excerpt(int start, int end, String text, String sentence, long articleId) {}
