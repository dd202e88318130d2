package hallq.controller;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.base.DescribedPredicate;
import com.tngtech.archunit.core.domain.JavaMethodCall;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;

/**
 * The controller's layering (docs/architecture.md) as rules. None is frozen or ignored: the first
 * class that breaks one fails the build.
 */
@AnalyzeClasses(packages = "hallq.controller", importOptions = ImportOption.DoNotIncludeTests.class)
class ArchitectureTest {
    /** Reading the wall clock: {@code Instant.now()}, {@code Clock.systemUTC()}, {@code System.currentTimeMillis()}... */
    static final DescribedPredicate<JavaMethodCall> WALL_CLOCK = new DescribedPredicate<>("read the wall clock") {
        @Override
        public boolean test(JavaMethodCall call) {
            String owner = call.getTargetOwner().getName();
            String name = call.getName();
            return owner.startsWith("java.time.") && (name.equals("now") || name.startsWith("system"))
                    || owner.equals("java.lang.System") && name.equals("currentTimeMillis");
        }
    };

    @ArchTest
    static final ArchRule coreIsPure = classes().that().resideInAPackage("hallq.controller.core..")
            .should().onlyDependOnClassesThat().resideInAnyPackage("hallq.controller.core..", "hallq.protocol..",
                    "java.time..", "java.util..", "java.lang..")
            .because("the core plans changes with time as a parameter and does no I/O");

    @ArchTest
    static final ArchRule coreReadsNoClock = noClasses().that().resideInAPackage("hallq.controller.core..")
            .should().callMethodWhere(WALL_CLOCK);

    @ArchTest
    static final ArchRule wallClockOnlyInAppAndAdapters = noClasses().that()
            .resideOutsideOfPackages("hallq.controller.app..", "hallq.controller.adapter..", "hallq.controller.bench..")
            .should().callMethodWhere(WALL_CLOCK)
            .because("time is a parameter: the simulator runs the hall at thousands of times real speed");

    @ArchTest
    static final ArchRule jdbcOnlyInTheSqliteAdapter = noClasses().that()
            .resideOutsideOfPackage("hallq.controller.adapter.sqlite..")
            .should().dependOnClassesThat().resideInAnyPackage("java.sql..", "javax.sql..", "org.sqlite..",
                    "org.flywaydb..");

    @ArchTest
    static final ArchRule javalinOnlyInTheHttpAdapter = noClasses().that()
            .resideOutsideOfPackage("hallq.controller.adapter.http..")
            .should().dependOnClassesThat().resideInAPackage("io.javalin..");

    @ArchTest
    static final ArchRule mqttLibrariesOnlyInTheMqttAdapter = noClasses().that()
            .resideOutsideOfPackage("hallq.controller.adapter.mqtt..")
            .should().dependOnClassesThat().resideInAnyPackage("org.eclipse.paho..", "io.moquette..",
                    "io.netty..");

    @ArchTest
    static final ArchRule nothingBelowAppSeesTheWiring = noClasses().that()
            .resideOutsideOfPackages("hallq.controller.app..", "hallq.controller.bench..")
            .should().dependOnClassesThat().resideInAPackage("hallq.controller.app..");

    @ArchTest
    static final ArchRule coreAndServiceSeeNoAdapter = noClasses().that()
            .resideInAnyPackage("hallq.controller.core..", "hallq.controller.service..", "hallq.controller.report..",
                    "hallq.controller.auth..", "hallq.controller.mqttauth..", "hallq.controller.guide..",
                    "hallq.controller.backup..", "hallq.controller.doctor..")
            .should().dependOnClassesThat().resideInAnyPackage("hallq.controller.adapter..")
            .because("they reach storage through the QueueStore port and the auth ports");

    @ArchTest
    static final ArchRule noJavaFx = noClasses().should().dependOnClassesThat().resideInAPackage("javafx..");
}
