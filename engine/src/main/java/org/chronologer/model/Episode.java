package org.chronologer.model;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;

/**
 * One happening a corpus is about (a state visit, a summit), found by clustering: its window (from its
 * earliest to its latest article), a short label of its most telling words, and its articles.
 */
public record Episode(String id, LocalDate start, LocalDate end, String label, List<String> articles) {
    public Episode {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(start, "start");
        Objects.requireNonNull(end, "end");
        Objects.requireNonNull(label, "label");
        articles = List.copyOf(articles);
    }
}
