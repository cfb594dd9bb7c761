package org.chronologer.model;

import java.util.Objects;

/**
 * A temporal relation between two nodes of the ordering graph (events "e3", article publication moments
 * "article:ID"): {@code BEFORE} (from ends before to starts), {@code INCLUDES} (from's interval holds to's),
 * {@code OVERLAPS} (they share days, neither holds the other), {@code SAME} (identical intervals).
 */
public record Relation(String from, String to, Type type) {

    /** The kinds of relation. */
    public enum Type { BEFORE, INCLUDES, OVERLAPS, SAME }

    public Relation {
        Objects.requireNonNull(from, "from");
        Objects.requireNonNull(to, "to");
        Objects.requireNonNull(type, "type");
    }
}
