package hallq.protocol;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;

/**
 * The shared contracts depend on no other module and on no I/O library but MQTT's, and that only in the
 * link keeper and the one device connection that the simulators and the window printer share.
 */
@AnalyzeClasses(packages = "hallq.protocol", importOptions = ImportOption.DoNotIncludeTests.class)
class ArchitectureTest {
    @ArchTest
    static final ArchRule noOtherModule = noClasses().should().dependOnClassesThat()
            .resideInAnyPackage("hallq.controller..", "hallq.kiosk..", "hallq.board..", "hallq.devices..", "hallq.sim..");

    @ArchTest
    static final ArchRule pahoOnlyInTheLinkKeeperAndTheDeviceConnection = noClasses().that()
            .haveNameNotMatching("hallq\\.protocol\\.mqtt\\.(LinkKeeper|MqttDevice)(\\$.*)?").should().dependOnClassesThat().resideInAPackage("org.eclipse.paho..");

    @ArchTest
    static final ArchRule noStorageNoHttpNoJavaFx = noClasses().should().dependOnClassesThat()
            .resideInAnyPackage("java.sql..", "io.javalin..", "javafx..", "com.fazecast..");
}
