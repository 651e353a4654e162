package ai.attested.architecture;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;

/**
 * The layering of DESIGN.md §1, enforced: {@code ui → app → verifier → bundle → crypto-core}, only
 * {@code ui} imports JavaFX, only {@code app.vault} touches JDBC, and the offline parts
 * (crypto-core, bundle, verifier) never open a socket or a URL.
 */
@AnalyzeClasses(packages = "ai.attested", importOptions = ImportOption.DoNotIncludeTests.class)
class ArchitectureTest {

    private static final String CRYPTO = "ai.attested.crypto..";
    private static final String BUNDLE = "ai.attested.bundle..";
    private static final String VERIFIER = "ai.attested.verifier..";
    private static final String APP = "ai.attested.app..";
    private static final String UI = "ai.attested.ui..";

    @ArchTest
    static final ArchRule cryptoCoreDependsOnNothingOfOurs = noClasses()
            .that().resideInAPackage(CRYPTO)
            .should().dependOnClassesThat().resideInAnyPackage(BUNDLE, VERIFIER, APP, UI)
            .because("crypto-core is the bottom layer");

    @ArchTest
    static final ArchRule bundleDependsOnlyOnCryptoCore = noClasses()
            .that().resideInAPackage(BUNDLE)
            .should().dependOnClassesThat().resideInAnyPackage(VERIFIER, APP, UI)
            .because("dependencies point one way: verifier → bundle → crypto-core");

    @ArchTest
    static final ArchRule verifierDoesNotDependOnAppOrUi = noClasses()
            .that().resideInAPackage(VERIFIER)
            .should().dependOnClassesThat().resideInAnyPackage(APP, UI)
            .because("the embedded verifier.jar must stand alone");

    @ArchTest
    static final ArchRule appDoesNotDependOnUi = noClasses()
            .that().resideInAPackage(APP)
            .should().dependOnClassesThat().resideInAnyPackage(UI)
            .because("UI code must not leak into shared code");

    @ArchTest
    static final ArchRule onlyUiImportsJavaFx = noClasses()
            .that().resideOutsideOfPackage(UI)
            .should().dependOnClassesThat().resideInAnyPackage("javafx..", "org.controlsfx..")
            .because("only the ui module may use JavaFX (DESIGN.md §1)");

    @ArchTest
    static final ArchRule onlyVaultTouchesJdbc = noClasses()
            .that().resideOutsideOfPackage("ai.attested.app.vault..")
            .should().dependOnClassesThat().resideInAnyPackage("java.sql..", "javax.sql..", "org.h2..")
            .because("only app.vault owns the H2 seal chain store (DESIGN.md §1)");

    @ArchTest
    static final ArchRule offlinePartsNeverUseTheNetwork = noClasses()
            .that().resideInAnyPackage(CRYPTO, BUNDLE, VERIFIER)
            .should().dependOnClassesThat().resideInAnyPackage("java.net..", "javax.net..", "java.net.http..")
            .because("crypto-core, bundle and the verifier work air-gapped and must never open sockets or URLs");
}
