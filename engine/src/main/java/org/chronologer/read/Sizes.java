package org.chronologer.read;

import java.util.Locale;

/** Sizes in bytes, written in the unit that makes them readable. */
final class Sizes {

    private Sizes() {
    }

    /** "10 bytes", "1 byte", "12.5 KB", "3.0 MB", "1.2 GB" (1 KB = 1,024 bytes). */
    static String describe(long bytes) {
        if (bytes < 1024) {
            return bytes + (bytes == 1 ? " byte" : " bytes");
        }
        if (bytes < 1024L * 1024) {
            return String.format(Locale.ROOT, "%.1f KB", bytes / 1024.0);
        }
        if (bytes < 1024L * 1024 * 1024) {
            return String.format(Locale.ROOT, "%.1f MB", bytes / 1048576.0);
        }
        return String.format(Locale.ROOT, "%.1f GB", bytes / 1073741824.0);
    }
}
