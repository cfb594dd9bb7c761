package org.chronologer.read.html;

import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.IllegalCharsetNameException;
import java.nio.charset.StandardCharsets;
import java.nio.charset.UnsupportedCharsetException;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/**
 * The text of a saved web page, whatever its encoding: a byte-order mark decides first; then bytes that are valid
 * UTF-8 are read as UTF-8 (pages are often saved in UTF-8 by the crawler while still declaring their old encoding,
 * and text in another encoding is almost never valid UTF-8 by chance); then the encoding the page declares
 * ({@code <meta charset>}, {@code <meta http-equiv="Content-Type">}, or the XML declaration); and with none,
 * Windows-1252, which browsers also use for {@code ISO-8859-1} and for undeclared Western pages. A page is never
 * refused for its encoding: bytes the encoding cannot map become U+FFFD.
 */
public final class PageDecoder {

    /** How much of the page's start is searched for a declaration (the HTML standard says 1024 bytes; pages exceed it). */
    private static final int PRESCAN = 8192;

    private PageDecoder() {
    }

    /** The page's text and the encoding it was read in. */
    public record Decoded(String text, Charset charset, String how) {
    }

    /** Decodes the bytes of a page. */
    public static Decoded decode(byte[] b) {
        if (b.length >= 3 && (b[0] & 0xFF) == 0xEF && (b[1] & 0xFF) == 0xBB && (b[2] & 0xFF) == 0xBF) {
            return new Decoded(lenient(b, 3, StandardCharsets.UTF_8), StandardCharsets.UTF_8, "byte-order mark");
        }
        if (b.length >= 2 && (b[0] & 0xFF) == 0xFE && (b[1] & 0xFF) == 0xFF) {
            return new Decoded(lenient(b, 2, StandardCharsets.UTF_16BE), StandardCharsets.UTF_16BE, "byte-order mark");
        }
        if (b.length >= 2 && (b[0] & 0xFF) == 0xFF && (b[1] & 0xFF) == 0xFE) {
            return new Decoded(lenient(b, 2, StandardCharsets.UTF_16LE), StandardCharsets.UTF_16LE, "byte-order mark");
        }
        Optional<String> strict = strictUtf8(b);
        Optional<Charset> declared = declared(b);
        if (strict.isPresent()) {
            return new Decoded(strict.get(), StandardCharsets.UTF_8, declared.map(c -> c.equals(StandardCharsets.UTF_8)
                    ? "declared" : "valid UTF-8 (declared " + c.name() + ")").orElse("valid UTF-8"));
        }
        if (declared.isPresent() && !declared.get().equals(StandardCharsets.UTF_8)) {
            return new Decoded(lenient(b, 0, declared.get()), declared.get(), "declared");
        }
        Charset western = Charset.forName("windows-1252");
        if (declared.isPresent()) {
            // declared UTF-8 but not valid UTF-8: mostly UTF-8 with a few stray bytes, or a Western page mislabelled
            String asUtf8 = lenient(b, 0, StandardCharsets.UTF_8);
            long bad = asUtf8.chars().filter(c -> c == 0xFFFD).count();
            long multibyte = asUtf8.chars().filter(c -> c > 0x7F && c != 0xFFFD).count();
            if (multibyte >= bad) {
                return new Decoded(asUtf8, StandardCharsets.UTF_8, "declared (with " + bad + " invalid byte(s))");
            }
            return new Decoded(lenient(b, 0, western), western, "declared UTF-8 but not UTF-8: read as windows-1252");
        }
        return new Decoded(lenient(b, 0, western), western, "not declared, not UTF-8: read as windows-1252");
    }

    /** The encoding the page's start declares, if Java knows it; {@code ISO-8859-1} and {@code US-ASCII} read as Windows-1252. */
    static Optional<Charset> declared(byte[] b) {
        String head = new String(b, 0, Math.min(b.length, PRESCAN), StandardCharsets.ISO_8859_1);
        String name = null;
        if (head.startsWith("<?xml")) {
            var m = Pattern.compile("^<\\?xml[^>]*encoding\\s*=\\s*[\"']([\\w.:-]+)").matcher(head);
            if (m.find()) {
                name = m.group(1);
            }
        }
        if (name == null) {
            Document d = Jsoup.parse(head);
            for (Element meta : d.select("meta[charset], meta[http-equiv][content]")) {
                if (meta.hasAttr("charset")) {
                    name = meta.attr("charset");
                    break;
                }
                if (meta.attr("http-equiv").equalsIgnoreCase("content-type")) {
                    var m = Pattern.compile("(?i)charset\\s*=\\s*[\"']?([\\w.:-]+)").matcher(meta.attr("content"));
                    if (m.find()) {
                        name = m.group(1);
                        break;
                    }
                }
            }
        }
        if (name == null || name.isBlank()) {
            return Optional.empty();
        }
        String n = name.strip().toLowerCase(Locale.ROOT);
        if (n.equals("iso-8859-1") || n.equals("latin1") || n.equals("latin-1") || n.equals("us-ascii") || n.equals("ascii")) {
            return Optional.of(Charset.forName("windows-1252"));
        }
        if (n.equals("utf8")) {
            return Optional.of(StandardCharsets.UTF_8);
        }
        try {
            return Optional.of(Charset.forName(n));
        } catch (IllegalCharsetNameException | UnsupportedCharsetException e) {
            return Optional.empty();
        }
    }

    private static Optional<String> strictUtf8(byte[] b) {
        try {
            CharBuffer cb = StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(b));
            return Optional.of(cb.toString());
        } catch (CharacterCodingException e) {
            return Optional.empty();
        }
    }

    private static String lenient(byte[] b, int offset, Charset cs) {
        return cs.decode(ByteBuffer.wrap(b, offset, b.length - offset)).toString();
    }
}
