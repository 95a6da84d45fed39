package org.handout.source;

import static org.assertj.core.api.Assertions.assertThat;

import org.handout.Fixtures;
import org.handout.check.Outline;
import org.handout.model.Handout;
import org.junit.jupiter.api.Test;

class SeedHandoutTest {

    @Test
    void seedTranscriptionHasItsTitleSectionQuotesAndList() throws Exception {
        Handout handout = Fixtures.parse(Fixtures.SEED);
        Outline outline = Outline.of(handout);

        assertThat(outline.title()).isEqualTo("Understanding relapse");
        assertThat(outline.lang()).isEqualTo("en-US");
        assertThat(outline.headings()).containsExactly(
                new Outline.HeadingEntry(1, "Understanding relapse"),
                new Outline.HeadingEntry(2, "Why does relapse happen?"));
        assertThat(outline.quotes()).hasSize(4)
                .allSatisfy(q -> assertThat(q.attribution()).contains("Personal experience"));
        assertThat(outline.quotes().get(0).text())
                .isEqualTo("“Relapse is part of recovery and relapsing doesn’t mean you’re not going to succeed in the end.”");
        assertThat(outline.items()).extracting(Outline.ListEntry::text).containsExactly(
                "“My cravings were too strong – nothing else was helping”",
                "“I was feeling really stressed”",
                "“Only I know how I’m really feeling”",
                "“Just this once, then I’ll never do it again”");
    }
}
