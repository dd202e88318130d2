package hallq.board;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;

/** The board's layering (docs/architecture.md): the core folds messages into state, whatever draws it. */
@AnalyzeClasses(packages = "hallq.board", importOptions = ImportOption.DoNotIncludeTests.class)
class ArchitectureTest {
    @ArchTest
    static final ArchRule coreWithoutJavaFxOrMqtt = noClasses().that().resideInAPackage("hallq.board.core..")
            .should().dependOnClassesThat().resideInAnyPackage("javafx..", "org.eclipse.paho..");

    @ArchTest
    static final ArchRule javaFxOnlyWhereItDraws = noClasses().that()
            .resideOutsideOfPackages("hallq.board.render.fx..", "hallq.board.app..", "hallq.board.bench..")
            .should().dependOnClassesThat().resideInAPackage("javafx..");

    @ArchTest
    static final ArchRule pahoOnlyInTheMqttAdapter = noClasses().that()
            .resideOutsideOfPackages("hallq.board.adapter.mqtt..", "hallq.board.bench..")
            .should().dependOnClassesThat().resideInAPackage("org.eclipse.paho..");

    @ArchTest
    static final ArchRule noControllerInternals = noClasses().that().resideOutsideOfPackage("hallq.board.bench..")
            .should().dependOnClassesThat().resideInAPackage("hallq.controller..")
            .because("boards hold no truth: they fold what is published (the benchmark starts a real controller)");
}
