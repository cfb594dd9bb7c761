package org.chronologer.read;

import java.nio.charset.StandardCharsets;

/**
 * The article ids read so far, kept as 64-bit fingerprints in an open-addressing table: 16 bytes or less per
 * article (a million articles take 16 MB), where a set of the ids themselves took about 150 bytes per article and
 * grew the heap of a streamed run with the corpus. Two different ids share a fingerprint with probability about
 * n²/2⁶⁵ (3·10⁻⁸ for a million ids). Not thread-safe.
 */
final class IdSet {

    private static final long EMPTY = 0;
    private long[] slots = new long[1024];
    private int size;

    /** Adds {@code id}; false when it was already in the set. */
    boolean add(String id) {
        long f = fingerprint(id);
        if (contains(f)) {
            return false;
        }
        if (2 * (size + 1) > slots.length) {
            grow();
        }
        insert(slots, f);
        size++;
        return true;
    }

    /** Whether {@code id} is in the set. */
    boolean contains(String id) {
        return contains(fingerprint(id));
    }

    /** The number of ids added. */
    int size() {
        return size;
    }

    private boolean contains(long f) {
        int mask = slots.length - 1;
        for (int i = mix(f) & mask; slots[i] != EMPTY; i = (i + 1) & mask) {
            if (slots[i] == f) {
                return true;
            }
        }
        return false;
    }

    private void grow() {
        long[] bigger = new long[slots.length * 2];
        for (long f : slots) {
            if (f != EMPTY) {
                insert(bigger, f);
            }
        }
        slots = bigger;
    }

    private static void insert(long[] table, long f) {
        int mask = table.length - 1;
        int i = mix(f) & mask;
        while (table[i] != EMPTY) {
            i = (i + 1) & mask;
        }
        table[i] = f;
    }

    private static int mix(long f) {
        long h = f * 0x9E3779B97F4A7C15L;
        return (int) (h >>> 32);
    }

    /** FNV-1a over the UTF-8 bytes, never 0 (the empty slot). */
    static long fingerprint(String id) {
        long h = 0xcbf29ce484222325L;
        for (byte b : id.getBytes(StandardCharsets.UTF_8)) {
            h ^= b & 0xff;
            h *= 0x100000001b3L;
        }
        return h == EMPTY ? 1 : h;
    }
}
