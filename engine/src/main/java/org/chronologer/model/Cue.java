package org.chronologer.model;

import java.util.Objects;
import java.util.regex.Pattern;

/**
 * What a piece of evidence tells about the publication day, as the dating model reads it: a kind ("date:past:day",
 * "weekday:past", "incumbent") and the anchor the kind is measured from. The model knows, for each kind, how far from
 * its anchor news is written, fitted on dated articles.
 *
 * @param kind   lower-case words joined by ':' and '-'
 * @param anchor what the evidence points at
 */
public record Cue(String kind, Anchor anchor) {

    private static final Pattern KIND = Pattern.compile("[a-z][a-z0-9-]*(?::[a-z0-9-]+)*");

    public Cue {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(anchor, "anchor");
        if (!KIND.matcher(kind).matches()) {
            throw new IllegalArgumentException("a cue kind is lower-case words joined by ':', not '" + kind + "'");
        }
    }
}
