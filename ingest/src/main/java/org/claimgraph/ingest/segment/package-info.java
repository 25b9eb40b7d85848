/**
 * Stage package: marks page furniture ({@link org.claimgraph.ingest.segment.DebrisFinder}), cuts the
 * body into headline, paragraphs and sentences ({@link org.claimgraph.ingest.segment.Segmenter}) and tags
 * tokens ({@link org.claimgraph.ingest.segment.Tokenizer}) with the OpenNLP models. Like every stage
 * package it depends only on {@code document}, {@code extraction}, {@code lexicon} and {@code domain}.
 */
package org.claimgraph.ingest.segment;
