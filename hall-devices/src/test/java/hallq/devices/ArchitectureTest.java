package hallq.devices;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;

/** Device ports and codecs are plain Java; one class opens real serial ports (docs/architecture.md). */
@AnalyzeClasses(packages = "hallq.devices", importOptions = ImportOption.DoNotIncludeTests.class)
class ArchitectureTest {
    @ArchTest
    static final ArchRule jSerialCommOnlyInItsLink = noClasses().that().doNotHaveSimpleName("JSerialCommLink")
            .should().dependOnClassesThat().resideInAPackage("com.fazecast..");

    @ArchTest
    static final ArchRule noJavaFxNoController = noClasses().should().dependOnClassesThat()
            .resideInAnyPackage("javafx..", "hallq.controller..", "hallq.kiosk..", "hallq.board..");
}
