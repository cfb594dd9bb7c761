package org.chronologer.model;

import java.util.Objects;

/**
 * A temporal relation between two nodes of the ordering graph (events, article publication moments):
 * {@code BEFORE} (from ends before to starts), {@code INCLUDES} (from's interval holds to's), {@code OVERLAPS} (they
 * share days, neither holds the other), {@code SAME} (identical intervals).
 *
 * @param from the first node
 * @param to   the second node
 * @param type how the first stands to the second
 */
public record Relation(NodeRef from, NodeRef to, Type type) {

    /** The kinds of relation. */
    public enum Type { BEFORE, INCLUDES, OVERLAPS, SAME }

    public Relation {
        Objects.requireNonNull(from, "from");
        Objects.requireNonNull(to, "to");
        Objects.requireNonNull(type, "type");
    }

    /** A relation between the nodes two keys name ({@code e3}, {@code article:004}; see {@link NodeRef#parse}). */
    public Relation(String from, String to, Type type) {
        this(NodeRef.parse(from), NodeRef.parse(to), type);
    }
}
