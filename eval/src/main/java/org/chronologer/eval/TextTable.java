package org.chronologer.eval;

import java.util.List;
import java.util.Locale;

/** Renders rows of cells as aligned text: the first column left-aligned, the others right-aligned. */
public final class TextTable {
    private TextTable() {
    }

    /** The rows, each line without trailing blanks, columns separated by {@code gap}. */
    public static String render(List<String[]> rows, String gap) {
        int cols = rows.get(0).length;
        int[] width = new int[cols];
        for (String[] r : rows) {
            for (int c = 0; c < cols; c++) {
                width[c] = Math.max(width[c], r[c].length());
            }
        }
        StringBuilder b = new StringBuilder();
        for (String[] r : rows) {
            StringBuilder line = new StringBuilder(String.format(Locale.ROOT, "%-" + width[0] + "s", r[0]));
            for (int c = 1; c < cols; c++) {
                line.append(gap).append(String.format(Locale.ROOT, "%" + width[c] + "s", r[c]));
            }
            b.append(line.toString().stripTrailing()).append('\n');
        }
        return b.toString();
    }
}
