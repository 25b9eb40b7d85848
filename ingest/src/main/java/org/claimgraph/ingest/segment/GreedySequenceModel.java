package org.claimgraph.ingest.segment;

import java.util.Arrays;
import opennlp.tools.ml.model.MaxentModel;
import opennlp.tools.ml.model.SequenceClassificationModel;
import opennlp.tools.util.BeamSearchContextGenerator;
import opennlp.tools.util.Sequence;
import opennlp.tools.util.SequenceValidator;

/**
 * Decodes a sequence one element at a time, taking the most probable outcome the validator allows.
 * This is what OpenNLP's {@code BeamSearch} does with a beam of one, without sorting a copy of every
 * distribution and keeping a heap of candidate sequences (about a tenth of the tagging time).
 * Thread-safe: it holds only the model.
 */
final class GreedySequenceModel implements SequenceClassificationModel {

    private final MaxentModel model;

    GreedySequenceModel(MaxentModel model) {
        this.model = model;
    }

    @Override
    public <T> Sequence bestSequence(
            T[] sequence,
            Object[] additionalContext,
            BeamSearchContextGenerator<T> contexts,
            SequenceValidator<T> validator) {
        String[] outcomes = new String[sequence.length];
        double[] scores = new double[model.getNumOutcomes()];
        Sequence best = new Sequence();
        for (int i = 0; i < sequence.length; i++) {
            String[] prior = Arrays.copyOf(outcomes, i);
            model.eval(contexts.getContext(i, sequence, prior, additionalContext), scores);
            int chosen = -1;
            for (int o = 0; o < scores.length; o++) {
                if ((chosen < 0 || scores[o] > scores[chosen])
                        && validator.validSequence(i, sequence, prior, model.getOutcome(o))) {
                    chosen = o;
                }
            }
            if (chosen < 0) {
                return null; // as BeamSearch does when no outcome is valid
            }
            outcomes[i] = model.getOutcome(chosen);
            best.add(outcomes[i], scores[chosen]);
        }
        return best;
    }

    @Override
    public <T> Sequence[] bestSequences(
            int numSequences,
            T[] sequence,
            Object[] additionalContext,
            double minScore,
            BeamSearchContextGenerator<T> contexts,
            SequenceValidator<T> validator) {
        Sequence best = bestSequence(sequence, additionalContext, contexts, validator);
        return best == null ? new Sequence[0] : new Sequence[] {best};
    }

    @Override
    public <T> Sequence[] bestSequences(
            int numSequences,
            T[] sequence,
            Object[] additionalContext,
            BeamSearchContextGenerator<T> contexts,
            SequenceValidator<T> validator) {
        return bestSequences(numSequences, sequence, additionalContext, Double.NEGATIVE_INFINITY, contexts, validator);
    }

    @Override
    public String[] getOutcomes() {
        String[] outcomes = new String[model.getNumOutcomes()];
        for (int o = 0; o < outcomes.length; o++) {
            outcomes[o] = model.getOutcome(o);
        }
        return outcomes;
    }
}
