package org.chronologer.cli;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import picocli.CommandLine;

/** Reads a day given on the command line (YYYY-MM-DD), with a plain message when it is not one. */
final class DayConverter implements CommandLine.ITypeConverter<LocalDate> {
    @Override
    public LocalDate convert(String value) {
        try {
            return LocalDate.parse(value.trim());
        } catch (DateTimeParseException e) {
            throw new CommandLine.TypeConversionException("'" + TextSafe.line(value) + "' is not a day; write it YYYY-MM-DD, e.g. 2023-10-17");
        }
    }
}
