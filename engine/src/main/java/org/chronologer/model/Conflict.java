package org.chronologer.model;

import java.util.List;

/** A contradiction found while ordering: what it is, and the sources that disagree ("article 001: 'on Tuesday' = 2023-10-17"). */
public record Conflict(String what, List<String> sources) {
    public Conflict {
        sources = List.copyOf(sources);
    }
}
