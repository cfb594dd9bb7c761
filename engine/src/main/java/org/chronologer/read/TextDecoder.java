package org.chronologer.read;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;

/**
 * Turns the bytes of a file into text, or says why it is not text: binary formats are recognised by their
 * signature or by NUL bytes; UTF-8 (with or without BOM) and UTF-16 with a BOM are decoded; anything else that
 * is not valid UTF-8 is refused rather than guessed.
 */
final class TextDecoder {

    private TextDecoder() {
    }

    /** The text, or an {@link IllegalArgumentException} whose message says what the bytes are. */
    static String decode(byte[] b) {
        String kind = binaryKind(b);
        if (kind != null) {
            throw new IllegalArgumentException("a binary file (" + kind + "), not text");
        }
        if (b.length >= 2 && (b[0] & 0xFF) == 0xFE && (b[1] & 0xFF) == 0xFF) {
            return strict(b, 2, StandardCharsets.UTF_16BE, "UTF-16");
        }
        if (b.length >= 2 && (b[0] & 0xFF) == 0xFF && (b[1] & 0xFF) == 0xFE) {
            return strict(b, 2, StandardCharsets.UTF_16LE, "UTF-16");
        }
        for (byte x : b) {
            if (x == 0) {
                throw new IllegalArgumentException("a binary file (it holds NUL bytes), not text");
            }
        }
        int offset = b.length >= 3 && (b[0] & 0xFF) == 0xEF && (b[1] & 0xFF) == 0xBB && (b[2] & 0xFF) == 0xBF ? 3 : 0;
        return strict(b, offset, StandardCharsets.UTF_8, "UTF-8");
    }

    /**
     * The text of a web page: refused only when binary; any encoding is read ({@link PageDecoder}), since a page
     * declares its own.
     */
    static String decodePage(byte[] b) {
        String kind = binaryKind(b);
        if (kind != null) {
            throw new IllegalArgumentException("a binary file (" + kind + "), not text");
        }
        boolean utf16 = b.length >= 2 && ((b[0] & 0xFF) == 0xFE && (b[1] & 0xFF) == 0xFF || (b[0] & 0xFF) == 0xFF && (b[1] & 0xFF) == 0xFE);
        for (int i = 0; i < b.length && !utf16; i++) {
            if (b[i] == 0) {
                throw new IllegalArgumentException("a binary file (it holds NUL bytes), not text");
            }
        }
        return org.chronologer.read.html.PageDecoder.decode(b).text();
    }

    private static String strict(byte[] b, int offset, Charset cs, String name) {
        try {
            return cs.newDecoder().onMalformedInput(CodingErrorAction.REPORT).onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(b, offset, b.length - offset)).toString();
        } catch (CharacterCodingException e) {
            throw new IllegalArgumentException("not valid " + name + " text" + (name.equals("UTF-8")
                    ? " (another encoding? convert it to UTF-8)" : ""));
        }
    }

    private static String binaryKind(byte[] b) {
        if (starts(b, 0x89, 'P', 'N', 'G')) {
            return "PNG image";
        }
        if (starts(b, 'P', 'K', 3, 4) || starts(b, 'P', 'K', 5, 6)) {
            return "zip archive";
        }
        if (starts(b, 0xFF, 0xD8, 0xFF)) {
            return "JPEG image";
        }
        if (starts(b, 'G', 'I', 'F', '8')) {
            return "GIF image";
        }
        if (starts(b, '%', 'P', 'D', 'F')) {
            return "PDF document";
        }
        if (starts(b, 0x1F, 0x8B)) {
            return "gzip archive";
        }
        return null;
    }

    private static boolean starts(byte[] b, int... sig) {
        if (b.length < sig.length) {
            return false;
        }
        for (int i = 0; i < sig.length; i++) {
            if ((b[i] & 0xFF) != sig[i]) {
                return false;
            }
        }
        return true;
    }
}
