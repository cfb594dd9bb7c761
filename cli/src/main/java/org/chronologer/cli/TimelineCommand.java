package org.chronologer.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import org.chronologer.ChronologyBuilder;
import org.chronologer.extract.Workers;
import org.chronologer.model.Chronology;
import org.chronologer.read.InputProblem;
import org.chronologer.write.ChronologyWriter;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code chronologer timeline}: the ordered events of a corpus, per episode. */
@Command(name = "timeline", mixinStandardHelpOptions = true,
        description = "Dates the articles, orders everything they tell, and prints the chronology per episode "
                + "(text) or as the chronology JSON.")
public final class TimelineCommand implements Callable<Integer> {

    enum Format { text, json }

    @Spec
    CommandSpec spec;

    @Mixin
    CorpusOptions corpus;

    @Option(names = "--format", defaultValue = "text", description = "Output format: ${COMPLETION-CANDIDATES} (default: ${DEFAULT-VALUE}).")
    Format format;

    @Option(names = "--json", paramLabel = "FILE", description = "Also write the chronology JSON to FILE.")
    Path json;

    @Option(names = {"-o", "--output"}, paramLabel = "FILE", description = "Write the output to FILE instead of standard output.")
    Path output;

    @Override
    public Integer call() throws IOException {
        PrintWriter err = spec.commandLine().getErr();
        List<InputProblem> problems = new ArrayList<>();
        Chronology chronology;
        try (Workers workers = corpus.workers()) {
            // the articles read are handed over, not kept: their texts can go once they are tagged
            chronology = new ChronologyBuilder(workers, corpus.knowledgeBase()).build(corpus.read(err, problems), problems);
        }
        String rendered = format == Format.json ? ChronologyWriter.json(chronology) : ChronologyWriter.text(chronology);
        if (output != null) {
            Files.writeString(output, rendered, StandardCharsets.UTF_8);
        } else {
            spec.commandLine().getOut().print(rendered);
            spec.commandLine().getOut().flush();
        }
        if (json != null) {
            Files.writeString(json, ChronologyWriter.json(chronology), StandardCharsets.UTF_8);
        }
        chronology.errors().stream().skip(problems.size()).forEach(p -> err.println(p));
        err.printf("%s; %d episode(s), %d event(s), %d conflict(s)%n", corpus.closing(chronology.articles().size(), chronology.errors()),
                chronology.episodes().size(), chronology.events().size(), chronology.conflicts().size());
        return CorpusOptions.exitCode(problems);
    }
}
