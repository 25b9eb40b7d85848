package org.claimgraph.ingest.eval;

/** Precision, recall and F1 of one category on one article; NaN where there was nothing to count. */
public record Score(int matchedExtracted, int extracted, int matchedRequired, int required) {

    public double precision() {
        return extracted == 0 ? (required == 0 ? 1.0 : 0.0) : (double) matchedExtracted / extracted;
    }

    public double recall() {
        return required == 0 ? 1.0 : (double) matchedRequired / required;
    }

    public double f1() {
        double p = precision();
        double r = recall();
        return p + r == 0 ? 0.0 : 2 * p * r / (p + r);
    }
}
