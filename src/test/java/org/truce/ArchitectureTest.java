package org.truce;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import org.junit.jupiter.api.Test;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.lang.ArchRule;

/**
 * Each feature's core is plain Java (DESIGN.md): Spring, JDBC and servlets stay at its edges,
 * the {@code web}, {@code store} and {@code config} packages, and the command line.
 */
class ArchitectureTest {

    private static final JavaClasses MAIN = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("org.truce");

    @Test
    void featureCoresImportNoFrameworkOrDatabaseApi() {
        ArchRule rule = noClasses()
                .that().resideInAPackage("org.truce.(*)..")
                .and().resideOutsideOfPackages("..web..", "..store..", "..config..", "org.truce.cli..")
                .should().dependOnClassesThat().resideInAnyPackage(
                        "org.springframework..", "java.sql..", "javax.sql..", "jakarta.servlet..")
                .because("a feature's core is records, sealed types and pure functions; frameworks live at its edges");
        rule.check(MAIN);
    }
}
