package org.chronologer.eval.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class EvalAnchoringCommandTest {

    /** A TimeML file written for this test: a saying before the creation time, a closing inside "on Friday". */
    private static final String FILE = """
            <?xml version="1.0" ?>
            <TimeML>
            <DOCID>test</DOCID>
            <DCT><TIMEX3 tid="t0" type="DATE" value="2001-03-05" temporalFunction="false" functionInDocument="CREATION_TIME">2001-03-05</TIMEX3></DCT>
            <TEXT>
            The mayor <EVENT eid="e1" class="REPORTING">said</EVENT> the bridge <EVENT eid="e2" class="OCCURRENCE">closed</EVENT> on <TIMEX3 tid="t1" type="DATE" value="2001-03-02">Friday</TIMEX3>.
            </TEXT>
            <MAKEINSTANCE eventID="e1" eiid="ei1" tense="PAST" aspect="NONE" polarity="POS" pos="VERB"/>
            <MAKEINSTANCE eventID="e2" eiid="ei2" tense="PAST" aspect="NONE" polarity="POS" pos="VERB"/>
            <TLINK lid="l1" relType="BEFORE" eventInstanceID="ei1" relatedToTime="t0"/>
            <TLINK lid="l2" relType="IS_INCLUDED" eventInstanceID="ei2" relatedToTime="t1"/>
            <TLINK lid="l3" relType="AFTER" eventInstanceID="ei2" relatedToTime="t0"/>
            </TimeML>
            """;

    @Test
    void eachGoldLinkIsCheckedAgainstWhereTheEnginePutTheEvent(@TempDir Path tmp) throws Exception {
        Path part = Files.createDirectories(tmp.resolve("Part"));
        Files.writeString(part.resolve("test.tml"), FILE);
        Path details = tmp.resolve("details.tsv");
        DevRun run = new DevRun();
        assertThat(run.run("eval-anchoring", tmp.toString(), "--details", details.toString())).isZero();
        // the saying is before publication (right), the closing is on Friday (right) and so before it (the gold's AFTER
        // is wrong on purpose: the answer is checked, not copied)
        assertThat(run.out.toString()).containsPattern("Part +2 +100\\.00 +50\\.00 +50\\.00 +1 +100\\.00 +100\\.00 +100\\.00");
        List<String> lines = Files.readAllLines(details);
        assertThat(lines).hasSize(4);
        assertThat(lines.get(1)).startsWith("Part\ttest\tdct\tsaid\tBEFORE\t2001-03-05\tBEFORE");
        assertThat(lines).anyMatch(l -> l.startsWith("Part\ttest\tin-time\tclosed\tIS_INCLUDED\t2001-03-02\t2001-03-02..2001-03-02\t1"));
        assertThat(lines).anyMatch(l -> l.startsWith("Part\ttest\tdct\tclosed\tAFTER\t2001-03-05\tBEFORE\t0"));
    }

    @Test
    void aLinkBetweenTwoEventsIsAnsweredByTheirIntervalsWhenTheyLieApart(@TempDir Path tmp) throws Exception {
        String file = """
                <TimeML>
                <DCT><TIMEX3 tid="t0" type="DATE" value="2001-03-05" functionInDocument="CREATION_TIME">2001-03-05</TIMEX3></DCT>
                <TEXT>
                The bridge <EVENT eid="e1" class="OCCURRENCE">closed</EVENT> on <TIMEX3 tid="t1" type="DATE" value="2001-03-02">Friday</TIMEX3>.
                The mayor <EVENT eid="e2" class="REPORTING">spoke</EVENT> on <TIMEX3 tid="t2" type="DATE" value="2001-03-05">Monday</TIMEX3>.
                The council <EVENT eid="e3" class="OCCURRENCE">met</EVENT> on <TIMEX3 tid="t3" type="DATE" value="2001-02-26">February 26</TIMEX3>.
                </TEXT>
                <MAKEINSTANCE eventID="e1" eiid="ei1" tense="PAST" aspect="NONE" polarity="POS" pos="VERB"/>
                <MAKEINSTANCE eventID="e2" eiid="ei2" tense="PAST" aspect="NONE" polarity="POS" pos="VERB"/>
                <MAKEINSTANCE eventID="e3" eiid="ei3" tense="PAST" aspect="NONE" polarity="POS" pos="VERB"/>
                <TLINK lid="l1" relType="BEFORE" eventInstanceID="ei1" relatedToEventInstance="ei2"/>
                <TLINK lid="l2" relType="BEFORE" eventInstanceID="ei1" relatedToEventInstance="ei3"/>
                </TimeML>
                """;
        Files.writeString(tmp.resolve("events.tml"), file);
        Path details = tmp.resolve("details.tsv");
        DevRun run = new DevRun();
        assertThat(run.run("eval-anchoring", tmp.toString(), "--details", details.toString())).isZero();
        List<String> lines = Files.readAllLines(details);
        // Friday's closing before Monday's speech (right); before the meeting of February 26 (wrong on purpose)
        assertThat(lines).anyMatch(l -> l.startsWith(".\tevents\tevent\tclosed\tBEFORE\tspoke\tBEFORE (intervals apart)\t1"));
        assertThat(lines).anyMatch(l -> l.startsWith(".\tevents\tevent\tclosed\tBEFORE\tmet\tAFTER (intervals apart)\t0"));
        assertThat(run.out.toString()).containsPattern("(?m)^ALL .* 2 +100\\.00 +50\\.00 +50\\.00$");
    }

    @Test
    void aBrokenFileOrOneWithoutACreationTimeIsNamedAndLeftOutAndTheOthersAreScored(@TempDir Path tmp) throws Exception {
        Files.writeString(tmp.resolve("a.tml"), FILE);
        Files.writeString(tmp.resolve("b.tml"), "<TimeML><TEXT>The <EVENT eid=\"e1\">vote</TEXT></TimeML>");
        Files.writeString(tmp.resolve("c.tml"), FILE.replace(" functionInDocument=\"CREATION_TIME\"", ""));
        DevRun run = new DevRun();
        assertThat(run.run("eval-anchoring", tmp.toString())).isZero();
        assertThat(run.err.toString()).contains("b.tml: left out:").contains("c.tml: left out: no creation time");
        assertThat(run.out.toString()).contains("2 file(s) left out").containsPattern("ALL +2 ");
    }

    @Test
    void aFolderWithoutTimeMlIsBadInput(@TempDir Path tmp) {
        DevRun run = new DevRun();
        assertThat(run.run("eval-anchoring", tmp.toString())).isEqualTo(DevMain.EXIT_BAD_INPUT);
        assertThat(run.err.toString()).contains("no .tml file under");
    }
}
