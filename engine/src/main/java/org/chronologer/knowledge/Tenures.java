package org.chronologer.knowledge;

import java.time.LocalDate;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.threeten.extra.LocalDateRange;

/**
 * Who held which office when, from the term-start entries of a knowledge base, and where a text names a holder by
 * title ("President Clinton", "Prime Minister Li Peng", "Chancellor Kohl").
 *
 * <p>A holder's tenure runs from each of their term starts to the day before the next start of someone else in the
 * same office (open when there is none). Where the base leaves a successor out, the tenure comes out longer than the
 * real one, never shorter, so the evidence it gives is weaker, not wrong.
 */
public final class Tenures {

    /** A person's time in an office: one or more ranges of days. */
    public record Tenure(String person, String office, List<LocalDateRange> ranges) {
        public Tenure {
            ranges = List.copyOf(ranges);
        }

        /** The first day the person held the office. */
        public LocalDate first() {
            return ranges.get(0).getStart();
        }

        /** Whether {@code day} is in one of the ranges. */
        public boolean holds(LocalDate day) {
            for (LocalDateRange r : ranges) {
                if (r.contains(day)) {
                    return true;
                }
            }
            return false;
        }

        /** The ranges as text: "1993-01-20..2001-01-19", open ones as "2024-05-07..". */
        public String describe() {
            List<String> out = new ArrayList<>();
            for (LocalDateRange r : ranges) {
                out.add(r.getStart() + ".." + (r.isUnboundedEnd() ? "" : r.getEndInclusive().toString()));
            }
            return String.join(", ", out);
        }
    }

    /**
     * A title and name in a text, and the holders it can mean (several when a surname is shared); {@code marker} is the
     * word that puts the holder out of office: "former" (also for "ex-"), "then" ("then-President Obama", the holder of
     * a time told), empty for an incumbent.
     */
    public record Match(int start, int end, String text, List<Tenure> holders, String marker) {
        public Match {
            holders = List.copyOf(holders);
            marker = Objects.requireNonNull(marker, "marker").equals("ex") ? "former" : marker;
        }

        /** The holders the name may mean, each with office and times, sorted and joined by "; ". */
        public String describe() {
            return holders.stream().map(t -> t.person() + ", " + t.office() + " " + t.describe()).sorted()
                    .reduce((a, b) -> a + "; " + b).orElse("");
        }
    }

    /** A US senator's titles. */
    private static final List<String> SENATOR_TITLES = List.of("Sen.", "Senator", "Sens.");
    /** A US representative's titles. */
    private static final List<String> REPRESENTATIVE_TITLES = List.of("Rep.", "Reps.", "Representative", "Congressman", "Congresswoman");
    /** The titles of a member of Congress, which a word before them can make another office's ({@link #NOT_CONGRESS}). */
    private static final Set<String> LEGISLATOR_TITLES = Set.copyOf(
            java.util.stream.Stream.concat(SENATOR_TITLES.stream(), REPRESENTATIVE_TITLES.stream()).toList());

    /**
     * The titles news puts before a holder's name, by the office or the first words of the office; the first that fits
     * an office is its titles, so an office named in full comes before the first words it starts with.
     */
    private static final Map<String, List<String>> TITLES = new LinkedHashMap<>();

    static {
        TITLES.put("Vice President", List.of("Vice President"));
        TITLES.put("Speaker of the United States House of Representatives", List.of("House Speaker", "Speaker of the House", "Speaker"));
        TITLES.put("Senate Majority Leader", List.of("Senate Majority Leader", "Majority Leader"));
        TITLES.put("United States Secretary of State", List.of("Secretary of State"));
        TITLES.put("United States Attorney General", List.of("Attorney General"));
        TITLES.put("United States Secretary of Defense", List.of("Defense Secretary", "Secretary of Defense"));
        TITLES.put("United States Secretary of the Treasury", List.of("Treasury Secretary", "Secretary of the Treasury"));
        TITLES.put("Chair of the Federal Reserve", List.of("Fed Chairman", "Fed Chairwoman", "Fed Chair", "Federal Reserve Chairman",
                "Federal Reserve Chairwoman", "Federal Reserve Chair", "Chairman", "Chairwoman", "Chair"));
        TITLES.put("Chancellor of the Exchequer", List.of("Chancellor of the Exchequer", "Chancellor"));
        TITLES.put("Foreign Secretary of the United Kingdom", List.of("Foreign Secretary"));
        TITLES.put("President", List.of("President"));
        TITLES.put("Prime Minister", List.of("Prime Minister", "Premier"));
        TITLES.put("Premier", List.of("Premier", "Prime Minister"));
        TITLES.put("Chancellor", List.of("Chancellor"));
        TITLES.put("Emperor", List.of("Emperor"));
        TITLES.put("Pope", List.of("Pope"));
        TITLES.put("King", List.of("King"));
        TITLES.put("Monarch", List.of("King", "Queen"));
        TITLES.put("Crown Prince", List.of("Crown Prince"));
        TITLES.put("Supreme Leader", List.of("Supreme Leader"));
        TITLES.put("Secretary-General", List.of("Secretary-General", "Secretary General"));
        TITLES.put("Secretary General", List.of("Secretary-General", "Secretary General"));
        TITLES.put("General Secretary", List.of("General Secretary"));
        TITLES.put("Chair", List.of("Chair", "Chairman", "Chairwoman"));
        TITLES.put("Senate Minority Leader", List.of("Senate Minority Leader", "Minority Leader"));
        TITLES.put("House Minority Leader", List.of("House Minority Leader", "Minority Leader"));
        TITLES.put("House Majority Leader", List.of("House Majority Leader", "Majority Leader"));
        TITLES.put("White House Press Secretary", List.of("White House Press Secretary", "White House press secretary", "Press Secretary",
                "press secretary"));
        TITLES.put("White House Chief of Staff", List.of("White House Chief of Staff", "White House chief of staff"));
        TITLES.put("Director of the Federal Bureau of Investigation", List.of("FBI Director", "F.B.I. Director", "FBI director", "F.B.I. director"));
        TITLES.put("Director of the Central Intelligence Agency", List.of("CIA Director", "C.I.A. Director", "CIA director", "C.I.A. director"));
        TITLES.put("Director of National Intelligence", List.of("Director of National Intelligence", "National Intelligence Director"));
        TITLES.put("United States National Security Advisor", List.of("National Security Adviser", "National Security Advisor",
                "national security adviser", "national security advisor"));
        TITLES.put("United States Secretary of Health and Human Services", List.of("Health and Human Services Secretary", "HHS Secretary",
                "Secretary of Health and Human Services", "Health Secretary"));
        TITLES.put("United States Secretary of Homeland Security", List.of("Homeland Security Secretary", "Secretary of Homeland Security",
                "DHS Secretary"));
        TITLES.put("United States Ambassador to the United Nations", List.of("U.N. Ambassador", "UN Ambassador", "United Nations Ambassador"));
        TITLES.put("Chief Justice", List.of("Chief Justice"));
        TITLES.put("Associate Justice", List.of("Associate Justice", "Justice"));
        TITLES.put("United States Secretary of Education", List.of("Education Secretary", "Secretary of Education"));
        TITLES.put("United States Secretary of Labor", List.of("Labor Secretary", "Secretary of Labor"));
        TITLES.put("United States Secretary of Commerce", List.of("Commerce Secretary", "Secretary of Commerce"));
        TITLES.put("United States Secretary of Energy", List.of("Energy Secretary", "Secretary of Energy"));
        TITLES.put("United States Secretary of the Interior", List.of("Interior Secretary", "Secretary of the Interior"));
        TITLES.put("United States Secretary of Agriculture", List.of("Agriculture Secretary", "Secretary of Agriculture"));
        TITLES.put("United States Secretary of Transportation", List.of("Transportation Secretary", "Secretary of Transportation"));
        TITLES.put("United States Secretary of Housing and Urban Development", List.of("Housing Secretary", "HUD Secretary",
                "Secretary of Housing and Urban Development"));
        TITLES.put("United States Secretary of Veterans Affairs", List.of("Veterans Affairs Secretary", "VA Secretary",
                "Secretary of Veterans Affairs"));
        TITLES.put("Administrator of the Environmental Protection Agency", List.of("EPA Administrator", "EPA administrator",
                "EPA chief", "E.P.A. administrator", "E.P.A. Administrator"));
        TITLES.put("Governor", List.of("Gov.", "Governor"));
        TITLES.put("United States Senator", SENATOR_TITLES);
        TITLES.put("United States Representative", REPRESENTATIVE_TITLES);
        TITLES.put("Chief Executive Officer", List.of("CEO", "Chief Executive Officer", "chief executive officer", "Chief Executive",
                "chief executive"));
    }

    /**
     * Words before a title that say the holder is not (or not yet, or no longer) in the office, directly or before the
     * place or party the title is of ("former Massachusetts Gov.", "former U.S. President", "then-House Speaker");
     * a lieutenant governor is not the governor ("Lt. Gov.").
     */
    private static final Pattern NOT_IN_OFFICE = Pattern.compile(
            "(?:^|[^\\p{L}])(?i:former|late|then|ex|retired|vice|deputy|acting|interim|future|would-be|incoming|outgoing|lieutenant|lt\\.?)"
                    + "(?:[\\s-]+(?:\\p{Lu}[\\p{L}.'-]*|of|the)){0,3}[\\s-]*$");
    /**
     * "Former" (or "ex-", or "then-": the holder of a time told, who is no longer) right before a title, or before the
     * place or party the title is of ("former U.S. President", "ex-Rep.", "then-House Speaker").
     */
    private static final Pattern FORMER = Pattern.compile(
            "(?:^|[^\\p{L}])(?i:(former|ex(?=-)|then(?=-)))(?:[\\s-]+(?:\\p{Lu}[\\p{L}.'-]*|of|the)){0,3}[\\s-]*$");
    /** Words between "former" and a title that make it another office ("former Vice President", "former Lt. Gov."). */
    private static final Pattern OTHER_OFFICE = Pattern.compile(
            "(?:^|[^\\p{L}])(?i:vice|deputy|acting|interim|lieutenant|lt\\.?|state|trade|special|high|permanent)(?:[^\\p{L}]|$)");
    /** The space between a title and a name and between a name's words: on one line or across one line break, never a blank line. */
    private static final String SPACE = "(?:[ \\t\\u00A0]+|[ \\t\\u00A0]*\\R[ \\t\\u00A0]*)";
    /**
     * A word before a legislator's title that makes it another office's: a state legislator ("state Sen. Barack Obama",
     * "State Representative"), a trade, special, high or permanent representative ("U.S. Trade Representative").
     */
    private static final Pattern NOT_CONGRESS = Pattern.compile("(?:^|[^\\p{L}])(?i:state|trade|special|high|permanent)[\\s-]*$");
    /** How far before a title {@link #NOT_IN_OFFICE} looks. */
    private static final int NOT_IN_OFFICE_REACH = 60;
    private static final Pattern ROMAN = Pattern.compile("[IVXL]+");
    /** Words after a surname that are not one ("Herbert Brownell Jr.": his surname is Brownell). */
    private static final Set<String> SUFFIXES = Set.of("Jr", "Sr");

    /** Title → name word → holders; the name words are the last word of a holder's name and, apart, its first. */
    private final Map<String, Map<String, List<Tenure>>> byLastWord = new TreeMap<>();
    private final Map<String, Map<String, List<Tenure>>> byFirstWord = new TreeMap<>();
    private final Pattern titles;

    Tenures(Collection<KnownEvent> events) {
        Map<String, List<KnownEvent>> byOffice = new TreeMap<>();
        for (KnownEvent e : events) {
            if (e.isTerm() && e.person().isPresent() && e.office().isPresent()) {
                byOffice.computeIfAbsent(e.office().get(), k -> new ArrayList<>()).add(e);
            }
        }
        for (Map.Entry<String, List<KnownEvent>> office : byOffice.entrySet()) {
            Optional<List<String>> titleWords = titlesOf(office.getKey());
            if (titleWords.isEmpty()) {
                continue;
            }
            for (Tenure t : tenures(office.getKey(), office.getValue())) {
                String[] words = t.person().trim().split("\\s+");
                String last = lastNameWord(words);
                for (String title : titleWords.get()) {
                    if (last != null) {
                        byLastWord.computeIfAbsent(title, k -> new TreeMap<>()).computeIfAbsent(fold(last), k -> new ArrayList<>()).add(t);
                    }
                    if (words.length > 1 && words[0].length() >= 2) {
                        byFirstWord.computeIfAbsent(title, k -> new TreeMap<>()).computeIfAbsent(fold(words[0]), k -> new ArrayList<>()).add(t);
                    }
                }
            }
        }
        List<String> all = new ArrayList<>(byLastWord.keySet());
        all.addAll(byFirstWord.keySet());
        all = all.stream().distinct().sorted(Comparator.comparingInt(String::length).reversed().thenComparing(s -> s)).toList();
        // a title, then up to four capitalised words (a name; a nickname in quotes is one): "President Bill Clinton", "Premier Li Peng"
        // a title hyphenated only to "ex" or "then" before it ("ex-President", "then-Gov."), never inside a word
        titles = all.isEmpty() ? null : Pattern.compile("(?:(?<![\\p{L}-])|(?<=(?<!\\p{L})(?i:ex|then)-))(" + String.join("|", all.stream().map(Pattern::quote).toList())
                + ")((?:" + SPACE + "(?:[\"\u201C]\\p{Lu}[\\p{L}'.-]*[\"\u201D]|\\p{Lu}[\\p{L}'.-]*)){1,4})");
    }

    private static Optional<List<String>> titlesOf(String office) {
        for (Map.Entry<String, List<String>> t : TITLES.entrySet()) {
            if (office.equals(t.getKey()) || office.startsWith(t.getKey() + " of ") || office.startsWith(t.getKey() + " from ")) {
                return Optional.of(t.getValue());
            }
        }
        return Optional.empty();
    }

    private static String lastNameWord(String[] words) {
        for (int i = words.length - 1; i >= 0; i--) {
            String w = words[i].replaceAll("[.,]$", "");
            if (w.length() >= 2 && !ROMAN.matcher(w).matches() && !w.endsWith(".") && !SUFFIXES.contains(w)) {
                return w;
            }
        }
        return null;
    }

    private static final Pattern MARKS = Pattern.compile("\\p{M}+");

    /** A name without its accents: English news often writes "Erdogan" or "Sanchez" for "Erdoğan" and "Sánchez". */
    static String fold(String name) {
        return name.isEmpty() || isAscii(name) ? name : MARKS.matcher(Normalizer.normalize(name, Normalizer.Form.NFD)).replaceAll("");
    }

    private static boolean isAscii(String s) {
        for (int i = 0; i < s.length(); i++) {
            if (s.charAt(i) > 127) {
                return false;
            }
        }
        return true;
    }

    /** The tenures of an office's holders, from their term starts. */
    private static List<Tenure> tenures(String office, List<KnownEvent> terms) {
        record Start(LocalDate day, String person) {
        }
        List<Start> starts = new ArrayList<>();
        for (KnownEvent e : terms) {
            for (int i = 0; i < e.dates().size(); i++) {
                starts.add(new Start(e.day(i), e.person().orElseThrow()));
            }
        }
        starts.sort(Comparator.comparing(Start::day).thenComparing(Start::person));
        Map<String, List<LocalDateRange>> ranges = new TreeMap<>();
        for (int i = 0; i < starts.size(); i++) {
            Start s = starts.get(i);
            if (i > 0 && starts.get(i - 1).person().equals(s.person())) {
                continue; // a re-election: the tenure already runs
            }
            LocalDate end = null;
            for (int j = i + 1; j < starts.size(); j++) {
                if (!starts.get(j).person().equals(s.person())) {
                    end = starts.get(j).day();
                    break;
                }
            }
            LocalDateRange r = end == null ? LocalDateRange.ofUnboundedEnd(s.day())
                    : end.isAfter(s.day()) ? LocalDateRange.of(s.day(), end) : null;
            if (r != null) {
                ranges.computeIfAbsent(s.person(), k -> new ArrayList<>()).add(r);
            }
        }
        List<Tenure> out = new ArrayList<>();
        ranges.forEach((person, r) -> out.add(new Tenure(person, office, r)));
        return out;
    }

    /** Given names that do not share their first letter with the names they stand for. */
    private static final Map<String, String> CROSS_INITIAL = Map.of("bill", "william", "bob", "robert", "dick", "richard",
            "ted", "edward", "chuck", "charles", "hank", "henry", "jack", "john", "peggy", "margaret", "ned", "edward");

    /**
     * Whether a holder may be named with the words {@code given} before the surname: the first of them that is a name,
     * not an initial ("W."), begins as a word of the holder's name before the surname does, or is a given name of another
     * first letter that stands for one of them ("Bill" for William); with no such word, any holder may. The first, not
     * any: in "Rep. Tom Cole Thomas" (a list run together) "Cole" is no given name of Craig Thomas.
     */
    static boolean mayGoBy(String person, String[] given) {
        List<String> all = List.of(unquote(fold(person)).toLowerCase(java.util.Locale.ROOT).split("[\\s-]+"));
        List<String> words = all.size() > 1 ? all.subList(0, all.size() - 1) : all; // not the surname
        for (String g : given) {
            String bare = unquote(g);
            String w = fold(bare).replaceAll("(?:'s|[.,'])$", "").toLowerCase(java.util.Locale.ROOT);
            if (w.length() < 2 || bare.endsWith(".") || !Character.isUpperCase(bare.charAt(0))) {
                continue; // an initial, or not a name
            }
            String stands = CROSS_INITIAL.get(w);
            for (String p : words) {
                if (!p.isEmpty() && (p.charAt(0) == w.charAt(0) || p.equals(stands) || w.equals(CROSS_INITIAL.get(p)))) {
                    return true;
                }
            }
            return false;
        }
        return true;
    }

    private static final Pattern QUOTES = Pattern.compile("[\"\u201C\u201D]");

    /** A name word without the quotes of a nickname ("“Buck”"). */
    private static String unquote(String word) {
        return QUOTES.matcher(word).replaceAll("");
    }

    /** Every holder a text names by title and name, in text order; not those named "former", "late", "vice" and the like. */
    public List<Match> find(String text) {
        return find(text, false);
    }

    /**
     * Every holder a text names as a former holder, by "former" and the title and name ("former President Clinton",
     * "former Florida Gov. Jeb Bush"), in text order; not where another word makes it another office ("former Vice
     * President", "former state Sen."). A title right after a hyphen is no title here either ("ex-President").
     */
    public List<Match> findFormer(String text) {
        return find(text, true);
    }

    private List<Match> find(String text, boolean former) {
        List<Match> out = new ArrayList<>();
        if (titles == null) {
            return out;
        }
        Matcher m = titles.matcher(text);
        int from = 0;
        while (m.find(from)) {
            // the name words a match did not keep may hold the next title ("Vice President Joe Biden. Ex-Gov. Jeb Bush")
            from = m.end(1);
            String title = m.group(1);
            String before = text.substring(Math.max(0, m.start() - NOT_IN_OFFICE_REACH), m.start());
            if (LEGISLATOR_TITLES.contains(title) && NOT_CONGRESS.matcher(before).find()) {
                continue;
            }
            String marker = "";
            if (former) {
                Matcher f = FORMER.matcher(before);
                if (!f.find() || OTHER_OFFICE.matcher(before.substring(f.start())).find()) {
                    continue;
                }
                marker = f.group(1).toLowerCase(Locale.ROOT);
            } else if (NOT_IN_OFFICE.matcher(before).find()) {
                continue;
            }
            String[] name = m.group(2).trim().split("\\s+");
            List<Tenure> holders = new ArrayList<>();
            int nameEnd = m.start(2);
            // the surname: the last capitalised word that is some holder's last name ("President George W. Bush")
            for (int i = name.length - 1; i >= 0 && holders.isEmpty(); i--) {
                String w = name[i].replaceAll("(?:'s|[.,'])$", "");
                List<Tenure> h = byLastWord.getOrDefault(title, Map.of()).get(fold(w));
                if (h != null && i > 0) {
                    // a surname several holders share, with a given name before it: the holders of that name
                    // ("Governor Scott Walker", not Bill Walker; "National Security Adviser Susan Rice")
                    if (h.size() > 1) {
                        String given = fold(name[i - 1]);
                        List<Tenure> named = h.stream().filter(t -> List.of(fold(t.person()).split("\\s+")).contains(given)).toList();
                        h = named.isEmpty() ? h : named;
                    }
                    // a given name no holder of the surname can go by is another person's ("Justice Robert Jackson")
                    String[] given = Arrays.copyOfRange(name, 0, i);
                    List<Tenure> possible = h.stream().filter(t -> mayGoBy(t.person(), given)).toList();
                    h = possible.isEmpty() ? null : possible;
                }
                if (h != null) {
                    holders.addAll(h);
                    nameEnd = text.indexOf(name[i], m.start(2)) + name[i].replaceAll("(?:'s|[.,'])$", "").length();
                }
            }
            // a family name said first ("President Xi", "Premier Li Peng"): the first word, when it is a holder's
            if (holders.isEmpty()) {
                String w = name[0].replaceAll("(?:'s|[.,'])$", "");
                String second = name.length > 1 ? name[1].replaceAll("(?:'s|[.,'])$", "") : "";
                List<Tenure> h = byFirstWord.getOrDefault(title, Map.of()).get(fold(w));
                // a family name alone must be one holder's: "Premier Li" could be any of several, or one the base lacks
                if (h != null && name.length == 1 && h.stream().map(Tenure::person).distinct().count() == 1) {
                    holders.addAll(h);
                    nameEnd = text.indexOf(name[0], m.start(2)) + w.length();
                } else if (h != null && name.length > 1) {
                    // "President Volodymyr Zelensky" for "Volodymyr Zelenskyy": the next word must begin the rest of the name
                    h.stream().filter(t -> fold(t.person()).startsWith(fold(w + " " + second))).forEach(holders::add);
                    nameEnd = text.indexOf(name[1], text.indexOf(name[0], m.start(2)) + w.length()) + second.length();
                }
            }
            if (!holders.isEmpty()) {
                out.add(new Match(m.start(), nameEnd, text.substring(m.start(), nameEnd), holders, marker));
                from = nameEnd;
            }
        }
        return out;
    }
}
