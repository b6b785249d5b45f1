package org.truce.talks;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.truce.talks.PackageAnalysis.FrontierPoint;

class EnergyMoratoriumExampleTest {

    private final PackageAnalysis analysis = PackageAnalysis.of(
            EnergyMoratoriumExample.firstProfile(), EnergyMoratoriumExample.secondProfile());

    @Test
    void redLinesOnGeographyLeaveOnlyTheFrontlineOption() {
        // 4 * 3^6 = 2916 packages; UA refuses controlled_territory, RU refuses recognised_borders,
        // so only frontline_excluded remains: a third of them
        assertThat(analysis.packageCount()).isEqualTo(2916);
        assertThat(analysis.withinRedLinesCount()).isEqualTo(972);
        assertThat(analysis.frontier()).isNotEmpty();
        NegotiationAgenda agenda = analysis.agenda();
        for (FrontierPoint point : analysis.frontier()) {
            assertThat(agenda.optionIds(point.negotiationPackage())).containsEntry("geography", "frontline_excluded");
        }
    }

    @Test
    void solutionsAreFeasibleForBothParties() {
        List<FrontierPoint> solutions = List.of(analysis.nash().orElseThrow(), analysis.maximin().orElseThrow(),
                analysis.kalaiSmorodinsky().orElseThrow().suggested());
        for (FrontierPoint point : solutions) {
            assertThat(EnergyMoratoriumExample.firstProfile().accepts(point.negotiationPackage())).isTrue();
            assertThat(EnergyMoratoriumExample.secondProfile().accepts(point.negotiationPackage())).isTrue();
            assertThat(analysis.agenda().describe(point.negotiationPackage()))
                    .contains("Geographic scope: Everywhere except a 30 km frontline zone");
        }
    }
}
