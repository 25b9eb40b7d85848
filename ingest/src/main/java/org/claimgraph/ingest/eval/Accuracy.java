package org.claimgraph.ingest.eval;

/** Correct over counted pairs, e.g. kind accuracy over matched actors; 1.0 when nothing was counted. */
public record Accuracy(int correct, int counted) {

    public static final Accuracy NONE = new Accuracy(0, 0);

    public Accuracy plus(boolean right) {
        return new Accuracy(correct + (right ? 1 : 0), counted + 1);
    }

    public double value() {
        return counted == 0 ? 1.0 : (double) correct / counted;
    }
}
