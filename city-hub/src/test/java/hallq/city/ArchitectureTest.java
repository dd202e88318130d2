package hallq.city;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;

/** The hub's layering (docs/architecture.md): a pure core, JDBC in the store, Javalin in http, wiring in app. */
@AnalyzeClasses(packages = "hallq.city", importOptions = ImportOption.DoNotIncludeTests.class)
class ArchitectureTest {
    @ArchTest
    static final ArchRule coreIsPure = classes().that().resideInAPackage("hallq.city.core..")
            .should().onlyDependOnClassesThat().resideInAnyPackage("hallq.city.core..", "hallq.protocol..",
                    "java.time..", "java.util..", "java.lang..")
            .because("rollups and checks are plain functions of the events");

    @ArchTest
    static final ArchRule jdbcOnlyInTheStore = noClasses().that().resideOutsideOfPackage("hallq.city.store..")
            .should().dependOnClassesThat().resideInAnyPackage("java.sql..", "javax.sql..", "org.postgresql..",
                    "org.flywaydb..", "com.zaxxer..", "io.zonky..");

    @ArchTest
    static final ArchRule javalinOnlyInHttp = noClasses().that().resideOutsideOfPackage("hallq.city.http..")
            .should().dependOnClassesThat().resideInAPackage("io.javalin..");

    @ArchTest
    static final ArchRule nothingBelowAppSeesTheWiring = noClasses().that()
            .resideOutsideOfPackages("hallq.city.app..", "hallq.city.bench..")
            .should().dependOnClassesThat().resideInAPackage("hallq.city.app..");
}
