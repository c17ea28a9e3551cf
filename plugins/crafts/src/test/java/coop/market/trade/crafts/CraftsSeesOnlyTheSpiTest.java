package coop.market.trade.crafts;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;

/** A trade plugin sees only core's SPI and shared values, never core's internals or a framework. */
@AnalyzeClasses(packages = "coop.market.trade.crafts", importOptions = ImportOption.DoNotIncludeTests.class)
class CraftsSeesOnlyTheSpiTest {

    @ArchTest
    static final ArchRule dependsOnlyOnTheSpi = classes().that().resideInAPackage("coop.market.trade..")
            .should().onlyDependOnClassesThat().resideInAnyPackage(
                    "coop.market.spi..", "coop.market.domain.shared..", "coop.market.trade..", "java..");
}
