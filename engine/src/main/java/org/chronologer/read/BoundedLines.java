package org.chronologer.read;

import java.io.BufferedInputStream;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.Charset;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Locale;

/**
 * The lines of a stream of bytes, each decoded on its own, so that a bad byte costs its own line and nothing else.
 *
 * <p>The encoding is UTF-8, with or without a byte-order mark, or UTF-16 when the stream starts with one (either byte
 * order). Lines end at LF, CR LF or a lone CR. A line longer than the limit, counted in bytes, is skipped to its end
 * without being held in memory; a line that is not valid in its encoding is returned with the reason instead of its
 * text.
 */
final class BoundedLines {

    /**
     * A line: its bytes, checked to be valid text; or, when it could not be read, why ({@code problem}) with no bytes.
     * The line is kept as its bytes, not as text: the text is read from them where it is needed, and the text of a
     * long line, decoded whole, is twice its size in bytes or more (and was held beside the parsed line).
     *
     * @param content the line's bytes, without its line end: valid text in {@code charset}
     * @param charset its encoding
     * @param bytes   its size in bytes (counted to its end even when too long)
     * @param tooLong whether it is over the limit
     * @param problem why it could not be decoded, or null
     * @param blank   whether its text is empty or white space only ({@link String#isBlank})
     */
    record Line(byte[] content, Charset charset, long bytes, boolean tooLong, String problem, boolean blank) {
        /** The line's text, decoded. */
        String text() {
            return new String(content, charset);
        }

        /** A reader on the line's text, decoded as it is read. */
        Reader reader() {
            return new InputStreamReader(new ByteArrayInputStream(content), charset);
        }
    }

    /** A line that could not be read: too long, or not valid text. */
    private static Line unread(long bytes, boolean tooLong, String problem) {
        return new Line(new byte[0], StandardCharsets.UTF_8, bytes, tooLong, problem, true);
    }

    private final InputStream in;
    private final long maxBytes;
    private Charset charset;
    /** Bytes per code unit: 1 for UTF-8, 2 for UTF-16. */
    private int unit;
    private boolean bigEndian;
    private byte[] buffer = new byte[256];
    /** The most bytes of buffer kept from one line to the next. */
    private static final int KEPT_BUFFER = 1 << 16;

    BoundedLines(InputStream in, long maxBytes) {
        this.in = in instanceof BufferedInputStream ? in : new BufferedInputStream(in, 8192);
        this.maxBytes = maxBytes;
    }

    /** The next line, or null at the end. */
    Line next() throws IOException {
        if (charset == null) {
            detect();
        }
        int n = 0;
        long bytes = 0;
        boolean tooLong = false;
        boolean any = false;
        while (true) {
            int c = readUnit();
            if (c == -1) {
                break;
            }
            any = true;
            if (c == '\n') {
                break;
            }
            if (c == '\r') {
                // CR LF is one line end; a lone CR ends the line too
                in.mark(unit);
                int after = readUnit();
                if (after != '\n' && after != -1) {
                    in.reset();
                }
                break;
            }
            bytes += unit;
            if (tooLong) {
                continue;
            }
            if (bytes > maxBytes) {
                tooLong = true;
                n = 0;
                buffer = new byte[256];
                continue;
            }
            if (n + unit > buffer.length) {
                buffer = Arrays.copyOf(buffer, buffer.length * 2);
            }
            if (unit == 1) {
                buffer[n++] = (byte) c;
            } else {
                buffer[n++] = (byte) (bigEndian ? c >> 8 : c);
                buffer[n++] = (byte) (bigEndian ? c : c >> 8);
            }
        }
        if (!any) {
            return null;
        }
        if (tooLong) {
            return unread(bytes, true, null);
        }
        Line line = decode(Arrays.copyOf(buffer, n), bytes, charset, unit);
        if (buffer.length > KEPT_BUFFER) {
            buffer = new byte[256]; // a long line's buffer is not kept for the lines after it
        }
        return line;
    }

    /**
     * {@code content}, one line of {@code bytes} bytes, checked to be valid text; or why it is not. It is decoded a
     * piece at a time to be checked, so that a long line's text is not made whole only to be checked.
     */
    static Line decode(byte[] content, long bytes, Charset charset, int unit) {
        CharsetDecoder decoder = charset.newDecoder().onMalformedInput(CodingErrorAction.REPORT).onUnmappableCharacter(CodingErrorAction.REPORT);
        ByteBuffer in = ByteBuffer.wrap(content);
        CharBuffer piece = CharBuffer.allocate(CHECKED_PIECE);
        boolean blank = true;
        for (boolean flushed = false; !flushed; ) {
            CoderResult r = decoder.decode(in, piece, true);
            if (r.isError()) {
                return unread(bytes, false, invalid(content, content.length, charset, unit));
            }
            if (r.isUnderflow()) {
                decoder.flush(piece);
                flushed = true;
            }
            piece.flip();
            // white space is all in the Basic Multilingual Plane, so a character is white space whatever comes around it
            while (blank && piece.hasRemaining()) {
                blank = Character.isWhitespace(piece.get());
            }
            piece.clear();
        }
        return new Line(content, charset, bytes, false, null, blank);
    }

    /** How many characters of a line are decoded at a time to check it. */
    private static final int CHECKED_PIECE = 8192;

    /** Why the first {@code n} bytes of the buffer are not valid text: the first bad byte and where it is. */
    private static String invalid(byte[] buffer, int n, Charset charset, int unit) {
        String name = unit == 1 ? "UTF-8" : "UTF-16";
        int at = firstBad(buffer, n, charset);
        if (at < 0) {
            return "not valid " + name + " text";
        }
        String hint = unit == 1 ? " (another encoding? convert it to UTF-8)" : "";
        return String.format(Locale.ROOT, "not valid %s text: byte 0x%02X at byte %d of the line%s", name, buffer[at] & 0xFF, at + 1, hint);
    }

    /** The offset of the first byte where decoding fails, or -1. */
    private static int firstBad(byte[] buffer, int n, Charset charset) {
        var decoder = charset.newDecoder().onMalformedInput(CodingErrorAction.REPORT).onUnmappableCharacter(CodingErrorAction.REPORT);
        ByteBuffer b = ByteBuffer.wrap(buffer, 0, n);
        var out = java.nio.CharBuffer.allocate(n + 2);
        var result = decoder.decode(b, out, true);
        return result.isError() ? b.position() : -1;
    }

    /** Reads the byte-order mark, if any, and chooses the encoding. */
    private void detect() throws IOException {
        charset = StandardCharsets.UTF_8;
        unit = 1;
        in.mark(3);
        int b0 = in.read();
        int b1 = in.read();
        if (b0 == 0xFE && b1 == 0xFF) {
            charset = StandardCharsets.UTF_16BE;
            unit = 2;
            bigEndian = true;
            return;
        }
        if (b0 == 0xFF && b1 == 0xFE) {
            charset = StandardCharsets.UTF_16LE;
            unit = 2;
            return;
        }
        int b2 = in.read();
        if (b0 == 0xEF && b1 == 0xBB && b2 == 0xBF) {
            return;
        }
        in.reset();
    }

    /** The next code unit (a byte, or a 16-bit unit of UTF-16), or -1 at the end (a lone last byte of UTF-16 included). */
    private int readUnit() throws IOException {
        int a = in.read();
        if (unit == 1 || a == -1) {
            return a;
        }
        int b = in.read();
        if (b == -1) {
            return -1;
        }
        return bigEndian ? (a << 8) | b : (b << 8) | a;
    }
}
