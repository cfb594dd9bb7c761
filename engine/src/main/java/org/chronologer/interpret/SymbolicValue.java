package org.chronologer.interpret;

import java.util.Objects;
import java.util.Optional;

/**
 * What a mention means before the publication date is known: a value that may still depend on that date or
 * on an earlier mention of the same text.
 */
public sealed interface SymbolicValue {

    /** A short human description, for debugging views. */
    String describe();

    /** A value that depends on nothing: {@code 2019}, {@code 2022-02}, {@code 195} (the 1950s), {@code P2D}. */
    record Absolute(String value, Optional<String> mod) implements SymbolicValue {
        public Absolute {
            Objects.requireNonNull(value, "value");
            Objects.requireNonNull(mod, "mod");
        }

        @Override
        public String describe() {
            return "absolute " + value + mod.map(m -> " " + m).orElse("");
        }
    }

    /** A value computed from the publication date: "on Tuesday", "last year", "the first half of this year". */
    record PublicationRelative(Shift shift, Optional<String> mod) implements SymbolicValue {
        public PublicationRelative {
            Objects.requireNonNull(shift, "shift");
            Objects.requireNonNull(mod, "mod");
        }

        @Override
        public String describe() {
            return "publication " + shift.describe() + mod.map(m -> " " + m).orElse("");
        }
    }

    /**
     * A value computed from the nearest earlier dated mention of the text: "five years later" (YEAR, +5),
     * "the same year" (YEAR, 0), "at that time" (no unit: the anchor itself).
     */
    record AnchorRelative(Optional<Unit> unit, int offset, Optional<String> mod) implements SymbolicValue {
        public AnchorRelative {
            Objects.requireNonNull(unit, "unit");
            Objects.requireNonNull(mod, "mod");
        }

        @Override
        public String describe() {
            return "anchor " + unit.map(u -> u + (offset >= 0 ? "+" : "") + offset).orElse("same");
        }
    }

    /** A mention that cannot be given a value, and why. */
    record Unresolvable(String reason) implements SymbolicValue {
        public Unresolvable {
            Objects.requireNonNull(reason, "reason");
        }

        @Override
        public String describe() {
            return "unresolvable: " + reason;
        }
    }
}
