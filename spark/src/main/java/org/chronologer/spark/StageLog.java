package org.chronologer.spark;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeoutException;
import org.apache.spark.SparkContext;
import org.apache.spark.scheduler.SparkListener;
import org.apache.spark.scheduler.SparkListenerJobStart;
import org.apache.spark.scheduler.SparkListenerStageCompleted;
import org.apache.spark.scheduler.StageInfo;

/**
 * The stages a run of the job ran (a {@link SparkListener}): each stage's step of the job (the job description
 * {@link ChronologyJob} sets before each of its actions: "tagging", "links", ...), its name (where Spark created it),
 * its number of tasks, how long it took from submission to completion, the seconds its tasks ran and the records they
 * read. So that a run shows which stages ran on one task and where the time went. Stages Spark skipped (their shuffle
 * output was already there) are not listed.
 */
final class StageLog extends SparkListener {

    /**
     * One completed stage.
     *
     * @param id          Spark's stage id
     * @param step        the job's step it ran for (its job's description), or "" when none was set
     * @param name        Spark's name for it (the call site that created it)
     * @param tasks       its number of tasks
     * @param seconds     from its submission to its completion
     * @param taskSeconds the time its tasks ran, summed
     * @param records     the records its tasks read (input and shuffle)
     * @param submitted   when it was submitted (ms since the epoch; 0 when not known)
     * @param completed   when it completed (ms since the epoch; 0 when not known)
     */
    record Stage(int id, String step, String name, int tasks, double seconds, double taskSeconds, long records, long submitted,
                 long completed) {
        @Override
        public String toString() {
            return String.format(Locale.ROOT, "stage %3d %-10s %3d task(s) %7.1f s (%7.1f s in tasks) %,9d records read  %s", id,
                    step.isEmpty() ? "-" : step, tasks, seconds, taskSeconds, records, name);
        }
    }

    private final SparkContext context;
    private final Map<Integer, String> stepOfStage = new ConcurrentHashMap<>();
    private final List<Stage> stages = new ArrayList<>();

    private StageLog(SparkContext context) {
        this.context = context;
    }

    /** Starts listening to the stages of this context. */
    static StageLog start(SparkContext context) {
        StageLog log = new StageLog(context);
        context.addSparkListener(log);
        return log;
    }

    /** Stops listening (once the events of the jobs run so far are delivered) and gives the stages, by id. */
    List<Stage> stop() {
        try {
            // the listener bus delivers events on its own thread: wait for those of the last job
            context.listenerBus().waitUntilEmpty(10_000);
        } catch (TimeoutException e) {
            // list what arrived
        }
        context.removeSparkListener(this);
        synchronized (stages) {
            List<Stage> out = new ArrayList<>(stages);
            out.sort(java.util.Comparator.comparingInt(Stage::id));
            return out;
        }
    }

    @Override
    public void onJobStart(SparkListenerJobStart start) {
        String step = start.properties() == null ? null : start.properties().getProperty("spark.job.description");
        for (StageInfo s : scala.jdk.javaapi.CollectionConverters.asJava(start.stageInfos())) {
            stepOfStage.putIfAbsent(s.stageId(), step == null ? "" : step);
        }
    }

    @Override
    public void onStageCompleted(SparkListenerStageCompleted done) {
        StageInfo s = done.stageInfo();
        long records = s.taskMetrics().inputMetrics().recordsRead() + s.taskMetrics().shuffleReadMetrics().recordsRead();
        long submitted = s.submissionTime().isDefined() ? (Long) s.submissionTime().get() : 0;
        long completed = s.completionTime().isDefined() ? (Long) s.completionTime().get() : 0;
        double seconds = submitted > 0 && completed > 0 ? (completed - submitted) / 1000.0 : 0;
        Stage stage = new Stage(s.stageId(), stepOfStage.getOrDefault(s.stageId(), ""), s.name(), s.numTasks(), seconds,
                s.taskMetrics().executorRunTime() / 1000.0, records, submitted, completed);
        synchronized (stages) {
            stages.add(stage);
        }
    }
}
