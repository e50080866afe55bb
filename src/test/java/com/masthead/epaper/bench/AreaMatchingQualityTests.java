package com.masthead.epaper.bench;

import static org.assertj.core.api.Assertions.assertThat;

import com.masthead.demo.PrintPageLayout.Format;
import com.masthead.epaper.AreaMatcher;
import com.masthead.epaper.PdfTextReader;
import org.junit.jupiter.api.Test;

/**
 * The matcher's quality on generated pages whose true areas are known (the full measurement is bench/epaper): so
 * that a change to the reader or the matcher cannot silently make the proposals worse.
 */
class AreaMatchingQualityTests {

    private final PdfTextReader reader = new PdfTextReader();
    private final AreaMatcher matcher = new AreaMatcher();

    @Test
    void findsNineInTenAreasOnBroadsheetPagesWithContinuations() {
        GeneratedIssue issue = GeneratedIssue.of(Format.BROADSHEET, 4, 7);

        AreaScore score = issue.match(reader, matcher);

        assertThat(issue.set().stories()).anyMatch(s -> s.continuation());
        assertThat(score.truths()).isGreaterThanOrEqualTo(12);
        assertThat(score.precision()).as("precision %s", score).isGreaterThanOrEqualTo(0.9);
        assertThat(score.recall()).as("recall %s", score).isGreaterThanOrEqualTo(0.9);
    }

    @Test
    void findsNineInTenAreasOnTabloidPages() {
        GeneratedIssue issue = GeneratedIssue.of(Format.TABLOID, 3, 11);

        AreaScore score = issue.match(reader, matcher);

        assertThat(score.precision()).as("precision %s", score).isGreaterThanOrEqualTo(0.9);
        assertThat(score.recall()).as("recall %s", score).isGreaterThanOrEqualTo(0.9);
    }
}
