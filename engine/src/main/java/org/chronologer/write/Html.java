package org.chronologer.write;

/** Escaping for HTML and XML text and attribute values. */
final class Html {
    private Html() {
    }

    /** {@code s} safe as HTML or XML text or a quoted attribute value; characters XML 1.0 forbids are dropped. */
    static String escape(String s) {
        StringBuilder b = new StringBuilder(s.length() + 16);
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            switch (c) {
                case '&' -> b.append("&amp;");
                case '<' -> b.append("&lt;");
                case '>' -> b.append("&gt;");
                case '"' -> b.append("&quot;");
                case '\'' -> b.append("&#39;");
                default -> {
                    if (c >= 0x20 || c == '\n' || c == '\t' || c == '\r') {
                        if (c != '\uFFFE' && c != '\uFFFF') {
                            b.append(c);
                        }
                    }
                }
            }
        }
        return b.toString();
    }
}
