package org.chronologer.interpret;

/** The time the verb governing a mention points to, relative to the moment of writing. */
public enum Tense {
    PAST, PRESENT, FUTURE, UNKNOWN
}
