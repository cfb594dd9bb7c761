package org.chronologer.read.html;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

/** A page is read in the encoding it declares or that can be told, and never refused for it. */
class PageDecoderTest {

    private static final Charset WINDOWS_1252 = Charset.forName("windows-1252");

    @Test
    void aDeclaredIso88591PageIsReadAsWindows1252() {
        byte[] b = "<html><head><meta charset=\"ISO-8859-1\"></head><body>Am 3. März – „Grüße“</body></html>".getBytes(WINDOWS_1252);
        PageDecoder.Decoded d = PageDecoder.decode(b);
        assertThat(d.text()).contains("März").contains("„Grüße“");
        assertThat(d.charset()).isEqualTo(WINDOWS_1252);
    }

    @Test
    void theHttpEquivDeclarationIsReadToo() {
        byte[] b = ("<html><head><meta http-equiv=\"Content-Type\" content=\"text/html; charset=windows-1252\"></head>"
                + "<body>Straße</body></html>").getBytes(WINDOWS_1252);
        assertThat(PageDecoder.decode(b).text()).contains("Straße");
    }

    @Test
    void aPageSavedInUtf8ThatStillDeclaresLatin1IsReadAsUtf8() {
        byte[] b = "<html><head><meta charset=\"iso-8859-1\"></head><body>März</body></html>".getBytes(StandardCharsets.UTF_8);
        assertThat(PageDecoder.decode(b).text()).contains("März");
    }

    @Test
    void anUndeclaredPageThatIsNotUtf8IsReadAsWindows1252() {
        byte[] b = "<html><body>Größe</body></html>".getBytes(WINDOWS_1252);
        assertThat(PageDecoder.decode(b).text()).contains("Größe");
    }

    @Test
    void aPageDeclaredUtf8WithAStrayByteKeepsItsText() {
        byte[] good = "<html><head><meta charset=\"utf-8\"></head><body>Zürich, München, Köln ".getBytes(StandardCharsets.UTF_8);
        byte[] b = new byte[good.length + 1];
        System.arraycopy(good, 0, b, 0, good.length);
        b[good.length] = (byte) 0xE9;
        String text = PageDecoder.decode(b).text();
        assertThat(text).contains("Zürich, München, Köln").endsWith("\uFFFD");
    }
}
