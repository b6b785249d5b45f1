package org.truce.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The intake benchmark runs end to end on a server of its own: warm-up, timed import, single POSTs (timings not asserted). */
class BenchReportsCommandTest {

    @Test
    void theIntakeBenchmarkImportsAfterItsWarmUpThenPostsAndReportsEachFigure(@TempDir Path data) {
        PrintStream original = System.out;
        ByteArrayOutputStream captured = new ByteArrayOutputStream();
        int exit;
        System.setOut(new PrintStream(captured, true, StandardCharsets.UTF_8));
        try {
            exit = TruceCommand.execute("bench", "reports", "--data", data.toString(), "--reports", "300",
                    "--bulk-warm-up", "50", "--clients", "4", "--seconds", "1", "--warm-up", "1");
        } finally {
            System.setOut(original);
        }
        String output = captured.toString(StandardCharsets.UTF_8);
        assertThat(exit).as(output).isZero();
        assertThat(output).contains("warm-up (untimed): bulk import: 50 reports", "bulk import: 300 reports",
                "HTTP 201", "verification engine caught up after the bulk import", "single POST: 4 clients", "; 0 errors", "CPU");
        assertThat(output.indexOf("warm-up (untimed)")).as("the warm-up comes before the timed import")
                .isLessThan(output.indexOf("\nbulk import: 300 reports"));
    }
}
