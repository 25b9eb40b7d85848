package org.claimgraph.ingest.document;

import org.claimgraph.ingest.extraction.ExtractedClaim;

/**
 * A claim as the attribution stage leaves it, before its stance is judged: {@code claim} has its
 * span, speaker and details but no stance yet (null), and {@code verb} is the word that introduces it
 * ("said", "denied", "urged"), or null when nothing does (a quote standing alone).
 */
public record AttributedClaim(ExtractedClaim claim, String verb) {}
