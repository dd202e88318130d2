package hallq.kiosk;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;

/** The kiosk's layering (docs/architecture.md): its flow and view model are plain Java, testable without a screen. */
@AnalyzeClasses(packages = "hallq.kiosk", importOptions = ImportOption.DoNotIncludeTests.class)
class ArchitectureTest {
    @ArchTest
    static final ArchRule flowAndViewModelWithoutJavaFx = noClasses().that().resideInAPackage("hallq.kiosk.flow..")
            .or().haveSimpleNameEndingWith("ViewModel")
            .should().dependOnClassesThat().resideInAPackage("javafx..");

    @ArchTest
    static final ArchRule noSerialLibrary = noClasses().should().dependOnClassesThat()
            .resideInAPackage("com.fazecast..").because("serial ports are opened by hall-devices' JSerialCommLink");

    @ArchTest
    static final ArchRule noControllerInternals = noClasses().should().dependOnClassesThat()
            .resideInAPackage("hallq.controller..").because("the kiosk talks to the controller over REST only");
}
