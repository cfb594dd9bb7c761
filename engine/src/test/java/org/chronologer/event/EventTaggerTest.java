package org.chronologer.event;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Optional;
import org.chronologer.model.EventMention;
import org.chronologer.model.EventMention.Aspect;
import org.chronologer.model.EventMention.EventClass;
import org.chronologer.model.EventMention.Polarity;
import org.chronologer.model.EventMention.Tense;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

class EventTaggerTest {

    private static EventTagger tagger;

    @BeforeAll
    static void load() {
        tagger = new EventTagger();
    }

    private static EventMention find(List<EventMention> events, String word) {
        return events.stream().filter(e -> e.text().equals(word)).findFirst()
                .orElseThrow(() -> new AssertionError("no event '" + word + "' in " + events.stream().map(EventMention::text).toList()));
    }

    @Test
    void pastVerbsAndEventNounsAreEventsWithTheirLemmaAndSpan() {
        String text = "The minister arrived in Lisbon on Tuesday and held talks with the president.";
        List<EventMention> events = tagger.events(text);
        EventMention arrived = find(events, "arrived");
        assertThat(arrived.lemma()).isEqualTo("arrive");
        assertThat(arrived.tense()).isEqualTo(Tense.PAST);
        assertThat(text.substring(arrived.start(), arrived.end())).isEqualTo("arrived");
        assertThat(find(events, "talks").lemma()).isEqualTo("talk");
        assertThat(events).noneMatch(e -> e.text().equals("minister") || e.text().equals("Lisbon"));
    }

    private static List<String> words(String text) {
        return tagger.events(text).stream().map(EventMention::text).toList();
    }

    @Test
    void copulaGoingToAndDeverbalPrepositionsAreNoEvents() {
        assertThat(words("The company is based in Ohio and its profit was high.")).doesNotContain("is", "was", "based");
        assertThat(words("Shares fell 5%, compared with a gain of 2%.")).contains("fell").doesNotContain("compared");
        assertThat(words("Several firms, including Exxon, are going to raise prices.")).contains("raise").doesNotContain("including", "going");
    }

    @Test
    void modifiersOfANounAreNoEventsItsHeadIs() {
        List<String> w = words("The increased dividend lifted the market share of the bank holding company after the peace talks.");
        assertThat(w).contains("lifted", "talks").doesNotContain("increased", "market", "holding", "peace");
        assertThat(words("A Chicago-based maker cut jobs.")).contains("cut").doesNotContain("based");
    }

    @Test
    void capitalisedWordsInsideASentenceAreNamesUnlessItIsATitle() {
        assertThat(words("Shares of Jayark Holding rose on the Stock Exchange.")).contains("rose").doesNotContain("Holding", "Exchange");
        assertThat(words("Russian President Vladimir Putin Arrives in Beijing for Bilateral Talks with Chinese Counterpart Xi Jinping"))
                .contains("Talks");
    }

    @Test
    void aNounBelowTheRateIsAnEventWhereItsUseMakesItOne() {
        EventLexicon lex = EventLexicon.engine();
        assertThat(lex.rate(EventMention.Pos.NOUN, "talk")).isBetween(EventLexicon.THRESHOLD, lex.nounThreshold());
        assertThat(words("The ministers held talks in Beijing.")).contains("held", "talks");
        assertThat(words("The issue came up during the talks.")).contains("talks");
        assertThat(words("The minister arrived in Lisbon for talks.")).contains("talks");
        assertThat(words("Nobody expected the talks to be short.")).doesNotContain("talks");
    }

    @Test
    void negatedEventsAreKeptAndMarked() {
        EventMention attend = find(tagger.events("The mayor did not attend the ceremony."), "attend");
        assertThat(attend.polarity()).isEqualTo(Polarity.NEG);
        assertThat(attend.factual()).isFalse();
    }

    @Test
    void modalsAndPlansMakeAnEventHypothetical() {
        assertThat(find(tagger.events("The chancellor may visit Warsaw."), "visit").modality()).contains("may");
        EventMention open = find(tagger.events("The firm plans to open a factory in Ohio."), "open");
        assertThat(open.tense()).isEqualTo(Tense.INFINITIVE);
        assertThat(open.modality()).contains("plan");
        assertThat(open.factual()).isFalse();
    }

    @Test
    void aPastFormTheLemmatiserLeavesAsItIsIsStillPast() {
        // OpenNLP's lemmatiser gives "opposed" and "divorced" as their own lemmas; "need" is a base form in -ed
        assertThat(find(tagger.events("Lipinski opposed the measure in 2010."), "opposed").tense()).isEqualTo(Tense.PAST);
        assertThat(find(tagger.events("She divorced him in 1981."), "divorced").tense()).isEqualTo(Tense.PAST);
    }

    @Test
    void anIrregularPastFormGetsItsBaseAsLemmaAndIsPast() {
        // OpenNLP's lemmatiser leaves "shook" and "fled" as they are
        EventMention shook = find(tagger.events("The bomb shook the city on Friday."), "shook");
        assertThat(shook.lemma()).isEqualTo("shake");
        assertThat(shook.tense()).isEqualTo(Tense.PAST);
        EventMention fled = find(tagger.events("The suspect may have fled to Mexico."), "fled");
        assertThat(fled.lemma()).isEqualTo("flee");
        assertThat(fled.factual()).isFalse();
    }

    @Test
    void aVerbWhosePastIsItsBaseIsPastAfterASingularSubjectAndPresentAfterAPlural() {
        assertThat(find(tagger.events("Castro read from a letter signed by Gonzalez."), "read").tense()).isEqualTo(Tense.PAST);
        assertThat(find(tagger.events("State television broadcast footage of the protest."), "broadcast").tense())
                .isEqualTo(Tense.PAST);
        assertThat(find(tagger.events("Most viewers read the news online."), "read").tense()).isEqualTo(Tense.PRESENT);
    }

    @Test
    void aNegativeContractionTheTokenizerKeepsWholeIsStillAnAuxiliary() {
        EventMention meet = find(tagger.events("The two leaders won't meet in Geneva."), "meet");
        assertThat(meet.tense()).isEqualTo(Tense.FUTURE);
        assertThat(meet.polarity()).isEqualTo(Polarity.NEG);
        assertThat(find(tagger.events("The firm wouldn't sell its shares."), "sell").modality()).contains("would");
    }

    @Test
    void willMakesTheFutureAndHaveThePerfective() {
        assertThat(find(tagger.events("The two leaders will meet in Geneva."), "meet").tense()).isEqualTo(Tense.FUTURE);
        EventMention signed = find(tagger.events("The rebels have signed a truce."), "signed");
        assertThat(signed.aspect()).isEqualTo(Aspect.PERFECTIVE);
        assertThat(signed.tense()).isEqualTo(Tense.PRESENT);
        assertThat(signed.modality()).isEqualTo(Optional.empty());
    }

    @Test
    void reportingVerbsAreReporting() {
        assertThat(find(tagger.events("Officials said the bridge collapsed."), "said").eventClass()).isEqualTo(EventClass.REPORTING);
    }

    @Test
    void participantsAreTheNamesOfTheClause() {
        EventMention met = find(tagger.events("Angela Merkel met Emmanuel Macron in Berlin on Monday."), "met");
        assertThat(met.participants()).contains("Angela Merkel", "Emmanuel Macron", "Berlin").doesNotContain("Monday");
        EventMention spoke = find(tagger.events("Gordon Brown spoke in October."), "spoke");
        assertThat(spoke.participants()).containsExactly("Gordon Brown");
    }

    @Test
    void offsetsPointIntoTheTextAsGivenDespiteTypographicQuotes() {
        String text = "\u201CWe won,\u201D the coach said after the match.";
        EventMention said = find(tagger.events(text), "said");
        assertThat(text.substring(said.start(), said.end())).isEqualTo("said");
    }

    @Test
    void aHeOrSheStandsForTheNameTheLatestSentenceOpenedWith() {
        List<EventMention> events = tagger.events("Mira Oduya opened the exhibition. She thanked the donors.");
        assertThat(find(events, "thanked").participants()).contains("Mira Oduya");
    }

    @Test
    void aHeOrSheStandsForTheHeadOfTheSubjectNotAModifierAnAppositionAPlaceOrAWeekday() {
        // the head of the subject is its last name ("Nordvik Telecom chairman Mira Oduya"), not the company before it
        List<EventMention> head = tagger.events("Nordvik Telecom chairman and co-founder Mira Oduya opened the plant. She thanked the workers.");
        assertThat(find(head, "thanked").participants()).contains("Mira Oduya").doesNotContain("Nordvik Telecom");
        // an apposition after the name is not the subject, nor a place after a preposition
        List<EventMention> apposition = tagger.events("Mira Oduya, the chairman of Nordvik Telecom, opened the plant. She thanked the workers.");
        assertThat(find(apposition, "thanked").participants()).contains("Mira Oduya").doesNotContain("Nordvik Telecom");
        List<EventMention> place = tagger.events("In Tromsdal, Mira Oduya opened the plant. She thanked the workers.");
        assertThat(find(place, "thanked").participants()).contains("Mira Oduya").doesNotContain("Tromsdal");
        // a sentence opening with a weekday names nobody: the pronoun keeps the name told before
        List<EventMention> weekday = tagger.events("Mira Oduya opened the plant. Monday's opening drew a crowd. She thanked the workers.");
        assertThat(find(weekday, "thanked").participants()).contains("Mira Oduya").doesNotContain("Monday");
    }

    @Test
    void aHeOrSheAfterTheSubjectOfItsOwnSentenceStandsForIt() {
        List<EventMention> events = tagger.events("Mira Oduya opened the plant. When Tomas Lind visited it, he praised the workers.");
        assertThat(find(events, "praised").participants()).contains("Tomas Lind").doesNotContain("Mira Oduya");
    }

    @Test
    void eventsAreFoundInTheEnginesSentencesWhereAnAbbreviationEndsNone() {
        // OpenNLP's sentence detector ended a sentence after "Aug.", putting the date out of the reach of "damaged"
        String text = "The council met twice. The Aug. 7, 2031, blasts damaged the bridge.";
        EventMention damaged = find(tagger.events(text), "damaged");
        assertThat(text.substring(damaged.sentenceStart(), damaged.sentenceEnd())).startsWith("The Aug. 7, 2031, blasts");
    }

    @Test
    void aWordInIngBetweenADeterminerAndANounIsNoEvent() {
        List<EventMention> events = tagger.events("The following year the company sold its operating division.");
        assertThat(events).noneMatch(e -> e.text().equals("following") || e.text().equals("operating"));
        assertThat(find(events, "sold").tense()).isEqualTo(Tense.PAST);
    }

    @Test
    void eventsOnFurnitureLinesAreLeftOut() {
        String text = "The council voted on Monday.\nYou may also like\nFloods hit the valley again\n";
        assertThat(tagger.events(text)).extracting(e -> e.text()).containsExactly("voted");
    }

    @Test
    void followingAfterNoAuxiliaryIsAPreposition() {
        assertThat(tagger.events("Shares rose following the vote on the budget.")).extracting(e -> e.text())
                .doesNotContain("following").contains("rose", "vote");
        assertThat(tagger.events("The police are following the suspect.")).extracting(e -> e.text()).contains("following");
    }
}
