package org.chronologer.model;

import java.util.Objects;

/**
 * One node of the ordering graph, by kind and id: an event ({@code e3}) or the moment an article was published
 * (article {@code 004}).
 *
 * @param kind what the node is
 * @param id   the event's id, or the article's id for a publication
 */
public record NodeRef(Kind kind, String id) {

    /** The kinds of node the ordering graph holds. */
    public enum Kind {
        /** An event of the chronology. */
        EVENT,
        /** The moment an article was published (its best day). */
        PUBLICATION
    }

    /** The prefix of a publication's {@link #key()}. */
    private static final String PUBLICATION_PREFIX = "article:";

    public NodeRef {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(id, "id");
    }

    /** The node of an event. */
    public static NodeRef event(String id) {
        return new NodeRef(Kind.EVENT, id);
    }

    /** The node of an article's publication. */
    public static NodeRef publication(String articleId) {
        return new NodeRef(Kind.PUBLICATION, articleId);
    }

    /**
     * The node a one-string key names: {@code article:ID} is that article's publication, anything else an event id.
     * The inverse of {@link #key()}.
     */
    public static NodeRef parse(String key) {
        Objects.requireNonNull(key, "key");
        return key.startsWith(PUBLICATION_PREFIX) ? publication(key.substring(PUBLICATION_PREFIX.length())) : event(key);
    }

    /** The node as one string, unique across kinds: the event id, or {@code article:ID}. */
    public String key() {
        return kind == Kind.PUBLICATION ? PUBLICATION_PREFIX + id : id;
    }

    @Override
    public String toString() {
        return key();
    }
}
