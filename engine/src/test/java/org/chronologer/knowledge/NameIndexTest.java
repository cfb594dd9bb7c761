package org.chronologer.knowledge;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.Chars;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.StringLength;
import org.junit.jupiter.api.Test;

class NameIndexTest {

    /** The spans an index finds, as "name@start-end". */
    private static List<String> spans(NameIndex index, String text) {
        return index.find(text).stream().map(h -> h.name() + "@" + h.start() + "-" + h.end()).toList();
    }

    private static NameIndex ignoringCase(String... names) {
        return new NameIndex(List.of(names), Collections.nCopies(names.length, false));
    }

    private static NameIndex keepingCase(String... names) {
        return new NameIndex(List.of(names), Collections.nCopies(names.length, true));
    }

    @Test
    void aNameMatchesOnlyAsWholeWords() {
        NameIndex index = ignoringCase("Gaza Strip");
        assertThat(spans(index, "Troops entered the Gaza Strip on Monday.")).containsExactly("0@19-29");
        assertThat(spans(index, "(Gaza Strip)")).containsExactly("0@1-11");
        assertThat(spans(index, "the Gaza Strip-based group")).containsExactly("0@4-14");
        assertThat(spans(index, "the Gaza Strips, the AGaza Strip, the Gaza Strip2, the 2Gaza Strip")).isEmpty();
        assertThat(spans(index, "the Gaza Stripé and the éGaza Strip")).isEmpty();
    }

    @Test
    void aSpaceInANameMatchesAnyRunOfWhiteSpace() {
        NameIndex index = ignoringCase("Belt and Road");
        String text = "The Belt  and\nRoad plan, the Belt and \t Road forum and the Belt-and-Road idea.";
        assertThat(spans(index, text)).containsExactly("0@4-18", "0@29-44");
        // a space that is not white space in the regex sense (no-break) does not
        assertThat(spans(index, "the Belt\u00A0and Road")).isEmpty();
    }

    @Test
    void acronymsKeepTheirCaseWhileOtherNamesIgnoreIt() {
        NameIndex index = new NameIndex(List.of("BRI", "Belt and Road Initiative"), List.of(true, false));
        String text = "BRI, the bri, Bri and the BELT AND ROAD initiative";
        assertThat(spans(index, text)).containsExactly("0@0-3", "1@26-50");
    }

    @Test
    void caseIsIgnoredCharByCharAsRegexIgnoresIt() {
        NameIndex index = ignoringCase("Kelvin Summit", "Istanbul talks", "World War I");
        // the Kelvin sign and the dotted capital I fold to k and i, as regex's CASE_INSENSITIVE | UNICODE_CASE has it
        assertThat(spans(index, "the \u212Aelvin SUMMIT")).containsExactly("0@4-17");
        assertThat(spans(index, "WORLD WAR i, World War \u0130")).containsExactly("2@0-11", "2@13-24");
        // "ß" does not become "ss": regex compares one char with one char
        assertThat(spans(index, "KELVIN SUMMIT, ISTANBUL TALKS")).containsExactly("0@0-13", "1@15-29");
        assertThat(ignoringCase("Straße Pact").find("STRASSE PACT")).isEmpty();
    }

    @Test
    void aOneCharWordWhoseUpperCaseHasNoLowerCaseMustBeThereAsItIs() {
        // regex folds the capital sharp s to "ß" inside a word, but compares a lone "ß" exactly (its upper case is itself)
        NameIndex index = ignoringCase("Straße Pact", "Paragraph ß Act");
        assertThat(spans(index, "the STRA\u1E9EE PACT and the PARAGRAPH \u1E9E ACT")).containsExactly("0@4-15");
        assertThat(spans(index, "the paragraph ß act")).containsExactly("1@4-19");
    }

    @Test
    void overlappingNamesAreAllFoundAndTheBaseKeepsTheLongest() {
        NameIndex index = ignoringCase("World War", "World War II", "War II");
        assertThat(spans(index, "after World War II ended")).containsExactly("0@6-15", "1@6-18", "2@12-18");

        KnowledgeBase kb = KnowledgeBase.of(List.of(event("ww", "World War"), event("ww2", "World War II"), event("w2", "War II")));
        assertThat(kb.find("after World War II ended, World War memorials"))
                .extracting(m -> m.event().id() + "@" + m.start() + "-" + m.end() + ":" + m.text())
                .containsExactly("ww2@6-18:World War II", "ww@26-35:World War");
    }

    @Test
    void aRepeatedNameIsFoundEachTimeWithoutOverlappingItself() {
        assertThat(spans(ignoringCase("Gaza"), "Gaza, Gaza and GAZA")).containsExactly("0@0-4", "0@6-10", "0@15-19");
        // like Matcher.find(): the leftmost occurrence first, then the next that starts after it ends
        NameIndex twice = ignoringCase("Ping Pong Ping");
        assertThat(spans(twice, "Ping Pong Ping Pong Ping")).containsExactly("0@0-14");
        assertThat(spans(twice, "Ping Pong Ping Pong Ping Pong Ping")).containsExactly("0@0-14", "0@20-34");
    }

    @Test
    void namesThatFoldAlikeAreEachFoundWithTheirOwnCase() {
        NameIndex index = new NameIndex(List.of("US Open", "us open", "Us Open"), List.of(true, true, false));
        assertThat(spans(index, "the US Open and the us open")).containsExactly("0@4-11", "1@20-27", "2@4-11", "2@20-27");
    }

    @Test
    void placesMatchCaseSensitivelyLongestFirst() {
        KnowledgeBase kb = KnowledgeBase.of(List.of(
                new KnownEvent("gaza-war", "Gaza war", List.of(), "war-start", List.of("2023-10-07"), Optional.empty(),
                        Optional.empty(), Optional.empty(), "", Optional.empty(), List.of("Gaza", "Gaza City"))));
        assertThat(kb.findPlaces("In Gaza City and in\nGaza, not in gaza city."))
                .extracting(p -> p.place() + "@" + p.start() + "-" + p.end())
                .containsExactly("Gaza City@3-12", "Gaza@20-24");
    }

    private static KnownEvent event(String id, String name) {
        return new KnownEvent(id, name, List.of(), "other", List.of("1939"), Optional.empty(), Optional.empty(),
                Optional.empty(), "");
    }

    /** What the index stands in for: one regular expression per name, tried when the text holds the name's first word. */
    private static List<String> regexSpans(List<String> names, List<Boolean> caseSensitive, String text) {
        List<String> out = new ArrayList<>();
        Set<String> words = NameIndex.words(text);
        for (int i = 0; i < names.size(); i++) {
            String first = Arrays.stream(names.get(i).toLowerCase(Locale.ROOT).split("[^\\p{L}\\p{N}]+"))
                    .filter(w -> !w.isEmpty()).findFirst().orElse("");
            if (!first.isEmpty() && !words.contains(first)) {
                continue;
            }
            Pattern p = Pattern.compile("(?<![\\p{L}\\p{N}])"
                    + Pattern.quote(names.get(i)).replace(" ", "\\E\\s+\\Q").replace("\\Q\\E", "") + "(?![\\p{L}\\p{N}])",
                    caseSensitive.get(i) ? 0 : Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
            Matcher m = p.matcher(text);
            while (m.find()) {
                out.add(i + "@" + m.start() + "-" + m.end());
            }
        }
        return out;
    }

    private static final List<String> NAMES = List.of("ab", "ab ab", "a b", "AB", "Ab ba", "b-a", "abab", "Ka", "\u212Aa", "ı ab",
            "ab 1", "ab ab ab", "1 ab");
    private static final List<Boolean> CASES = List.of(false, false, true, true, false, false, false, false, false, false,
            false, false, true);

    @Property(tries = 1000)
    void findsWhatOneRegexPerNameFinds(@ForAll @StringLength(max = 40) @Chars({'a', 'b', 'A', 'B', ' ', '\n', '\t', '-', '1',
            'K', '\u212A', 'ı', 'I', '\u00A0', 'é'}) String text) {
        assertThat(spans(new NameIndex(NAMES, CASES), text)).containsExactlyElementsOf(regexSpans(NAMES, CASES, text));
    }

    @Property(tries = 200)
    void findsInALongTextWhatItFindsInAShortOne(@ForAll @StringLength(max = 40) @Chars({'a', 'b', 'A', 'B', ' ', '\n', '-', '1',
            'K', 'ı', 'é'}) String part, @ForAll @IntRange(min = 0, max = 45) int shift) {
        // the part across the end of the first piece the text is read in, and again across the end of the second
        String text = filler(NameIndex.PIECE - shift) + part + filler(NameIndex.PIECE - part.length() + shift / 2) + part + filler(shift);
        assertThat(text.length()).isGreaterThan(NameIndex.PIECE + NameIndex.OVERLAP);
        assertThat(spans(new NameIndex(NAMES, CASES), text)).containsExactlyElementsOf(regexSpans(NAMES, CASES, text));
    }

    /** {@code length} characters that hold no name: "x x x ...". */
    private static String filler(int length) {
        return "x ".repeat(length / 2 + 1).substring(0, length);
    }

    @Test
    void javaCaseFoldingKeepsTheAssumptionsTheIndexRestsOn() {
        Pattern letterOrDigit = Pattern.compile("[\\p{L}\\p{N}]");
        Pattern space = Pattern.compile("\\s");
        List<String> broken = new ArrayList<>();
        for (int c = 0; c <= Character.MAX_CODE_POINT; c++) {
            int f = NameIndex.fold(c);
            // folding twice changes nothing, keeps a char's length, and never makes or unmakes white space
            boolean ok = NameIndex.fold(f) == f && Character.charCount(f) == Character.charCount(c);
            if (c < 0x10000) {
                ok &= NameIndex.isSpace((char) f) == NameIndex.isSpace((char) c)
                        && NameIndex.isSpace((char) c) == space.matcher(String.valueOf((char) c)).matches();
            }
            ok &= NameIndex.isLetterOrDigit(c) == letterOrDigit.matcher(new String(Character.toChars(c))).matches();
            if (!ok) {
                broken.add(String.format("U+%04X", c));
            }
        }
        assertThat(broken).isEmpty();
    }
}
