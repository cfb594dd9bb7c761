package org.chronologer.read.html;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;

/** Which {@code <time>} elements stand in a sentence of running text, and which label the page (a byline). */
class RunningTextTest {

    private static List<Boolean> inSentence(String body) {
        RunningText running = new RunningText("time");
        return Jsoup.parse("<html><body>" + body + "</body></html>").select("time").stream().map(running::inSentence).toList();
    }

    @Test
    void aTimeInASentenceOfEightOtherWordsWithAFullStopIsInASentence() {
        assertThat(inSentence("<p>Schools across the county were closed on <time>Thursday</time> as the storm hit.</p>"))
                .containsExactly(true);
        // the full stop right before the element counts: the element stands between two sentences
        assertThat(inSentence("<p>Schools across the county were closed for the storm. <time>Thursday</time></p>"))
                .containsExactly(true);
    }

    @Test
    void aBylineOrAParagraphWithoutASentenceEndIsNot() {
        assertThat(inSentence("<p>Posted on <time>16 May 2024</time> by Anna | 3 comments</p>")).containsExactly(false);
        assertThat(inSentence("<p>Schools across the county were closed on <time>Thursday</time> as the storm hit</p>"))
                .containsExactly(false);
        // the sentence end inside the element is not the paragraph's
        assertThat(inSentence("<p>Schools across the county were closed as the storm hit on <time>Thursday.</time></p>"))
                .containsExactly(false);
        assertThat(inSentence("<div>Schools across the county were closed on <time>Thursday</time> as the storm hit.</div>"))
                .containsExactly(false);
    }

    @Test
    void theWordsOfTheOtherElementsOfTheParagraphCountAndAWordCutByTheElementIsTwo() {
        StringBuilder sb = new StringBuilder("<p>");
        for (int i = 0; i < 4000; i++) {
            sb.append("<time datetime=\"2021-03-0").append(1 + i % 9).append("\">March ").append(1 + i % 9).append("</time> ");
        }
        List<Boolean> all = inSentence(sb + "</p>");
        assertThat(all).hasSize(4000).containsOnly(false);
        assertThat(inSentence(sb + "The end.</p>")).hasSize(4000).containsOnly(true);
        // "closed<time>on</time>Thursday": with the element taken out, "closed" and "Thursday" are two words
        assertThat(inSentence("<p>Schools across the county were all closed<time>on</time>Thursday.</p>")).containsExactly(true);
        assertThat(inSentence("<p>Schools across the county were closed<time>on</time>Thursday.</p>")).containsExactly(false);
    }
}
