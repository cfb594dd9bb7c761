package org.chronologer;

/**
 * Told as a run advances, article by article, stage by stage; a command line shows it as a progress line. Calls may
 * come from several worker threads at once, so an implementation must be thread-safe and quick.
 */
@FunctionalInterface
public interface ProgressListener {

    /** The stages of a run that take time, in the order they run. */
    enum Stage {
        /** Finding the temporal expressions of each article (HeidelTime, Natty, patterns). */
        TAGGING,
        /** Inferring each article's publication date and resolving its expressions against it. */
        DATING,
        /** Finding the events each article tells and merging them across articles. */
        LINKING,
        /** Ordering the events in one graph and finding the episodes. */
        ORDERING
    }

    /**
     * One more item of {@code stage} is done.
     *
     * @param stage the stage
     * @param done  how many items of this stage are done so far
     * @param total how many the stage has (articles, or 1 for a stage done in one step)
     */
    void advanced(Stage stage, int done, int total);

    /**
     * An article failed and was left out of the results (an exception in one of its stages, or its time budget spent);
     * told once per article, after its stage. Ignored unless overridden.
     *
     * @param problem its source, and the article's id, stage and reason
     */
    default void failed(org.chronologer.read.InputProblem problem) {
    }

    /** A listener that ignores everything. */
    ProgressListener NONE = (stage, done, total) -> { };
}
