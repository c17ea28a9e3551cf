package coop.market;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;

/**
 * Core's layers: the domain knows nothing of use cases, adapters or the web; the plugin SPI
 * knows nothing of the database, so a trade can be tested with JUnit alone; and core as a whole
 * has no HTTP or Faces in it (that is the webapp's business).
 */
@AnalyzeClasses(packages = "coop.market", importOptions = ImportOption.DoNotIncludeTests.class)
class ArchitectureTest {

    @ArchTest
    static final ArchRule domainDependsOnNothingOutsideIt = noClasses()
            .that().resideInAPackage("coop.market.domain..")
            .should().dependOnClassesThat().resideInAnyPackage(
                    "coop.market.application..",
                    "coop.market.infrastructure..",
                    "jakarta.ws.rs..",
                    "jakarta.faces..",
                    "com.stripe..")
            .because("the domain is the co-op's rules, usable from any use case or adapter");

    @ArchTest
    static final ArchRule spiStaysFreeOfUseCasesAndPersistence = noClasses()
            .that().resideInAPackage("coop.market.spi..")
            .should().dependOnClassesThat().resideInAnyPackage(
                    "coop.market.application..",
                    "coop.market.infrastructure..",
                    "jakarta.persistence..")
            .because("trade plugins compile against the SPI and must not need a container or database");

    @ArchTest
    static final ArchRule coreHasNoWebLayer = noClasses()
            .that().resideInAPackage("coop.market..")
            .should().dependOnClassesThat().resideInAnyPackage(
                    "jakarta.ws.rs..",
                    "jakarta.faces..",
                    "jakarta.servlet..")
            .because("HTTP and pages live in the webapp module, not in core");
}
