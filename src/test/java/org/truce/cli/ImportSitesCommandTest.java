package org.truce.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.truce.testing.IntegrationTest;

/** {@code truce import sites FILE} sends the file to a running server, through the same validation. */
class ImportSitesCommandTest extends IntegrationTest {

    @TempDir
    Path dir;

    @Test
    void aGoodFileIsNominatedAndABadOneWritesNothing() throws Exception {
        Path good = Files.writeString(dir.resolve("substations.csv"), """
                name,category,latitude,longitude,source,source_ref
                Vinnytsia 750 kV,substation,49.2331,28.4682,Ukrenergo register,VIN-750
                Khmelnytskyi 750 kV,substation,49.4230,26.9871,Ukrenergo register,KHM-750
                """);
        Path bad = Files.writeString(dir.resolve("bad.csv"), """
                name,category,latitude,longitude,source
                Lutsk 330 kV,substation,50.7472,25.3254,Ukrenergo register
                Rivne 330 kV,substation,91,26.2516,Ukrenergo register
                """);
        int before = total();

        assertThat(TruceCommand.execute("import", "sites", bad.toString(), "--url", api.base(), "--token", "demo-ua"))
                .isEqualTo(2);
        assertThat(total()).isEqualTo(before);

        assertThat(TruceCommand.execute("import", "sites", good.toString(), "--url", api.base(), "--token", "demo-ua"))
                .isEqualTo(0);
        assertThat(total()).isEqualTo(before + 2);
        assertThat(ua().get("/api/sites?near=49.2331,28.4682&radius=1").body()).contains("VIN-750");

        assertThat(TruceCommand.execute("import", "sites", good.toString(), "--url", api.base(), "--token", "demo-ua"))
                .as("the same source records twice").isEqualTo(2);
        assertThat(TruceCommand.execute("import", "sites", good.toString(), "--url", api.base(), "--token", "nope"))
                .isEqualTo(2);
        assertThat(total()).isEqualTo(before + 2);
    }

    private int total() {
        return ua().get("/api/sites?limit=1").json().get("total").asInt();
    }
}
