package com.masthead.demo;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;

@ExtendWith(OutputCaptureExtension.class)
class DemoEditionTests {

    @Test
    void withoutTheFontTheDemoIssuesGetNoPdfsAndOneWarningSaysWhatToInstall(CapturedOutput output) {
        // without the font nothing is set, taken in or accepted, so the services are never reached
        DemoEdition edition =
                new DemoEdition(new DemoEditionProperties(Path.of("/nonexistent/wqy-zenhei.ttc")), null, null, null);

        edition.print(List.of(
                new DemoEdition.PrintedIssue(1, "海川工业日报", "hcgy", LocalDate.of(2026, 12, 5), List.of()),
                new DemoEdition.PrintedIssue(2, "海川工业日报", "hcgy", LocalDate.of(2026, 12, 6), List.of())));

        assertThat(output.getOut().lines().filter(l -> l.contains("install fonts-wqy-zenhei")))
                .hasSize(1);
    }
}
