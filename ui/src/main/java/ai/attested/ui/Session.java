package ai.attested.ui;

import ai.attested.app.vault.Vault;
import ai.attested.app.vault.VaultLocation;
import ai.attested.ui.common.ControllerFactory;
import ai.attested.ui.common.FxmlFile;
import ai.attested.ui.common.ViewLoader;
import ai.attested.ui.firstrun.FirstRunController;
import ai.attested.ui.firstrun.UnlockController;
import java.nio.file.Files;
import java.util.logging.Logger;
import javafx.scene.Scene;

/**
 * One app session: first run (create the vault) or unlock (open it), then the main window wired
 * to the open vault by {@link Workbench}. Owns the open vault and closes it at the end.
 */
final class Session {
    private static final Logger LOG = Logger.getLogger(Session.class.getName());
    private final DesktopContext context;
    private final Scene scene;
    private final VaultServices services;
    private Vault vault;
    private Workbench workbench;

    Session(DesktopContext context, Scene scene) {
        this.context = context;
        this.scene = scene;
        this.services = new VaultServices(new VaultLocation(context.vaultDir()));
    }

    void begin() {
        boolean exists = Files.exists(services.location().metadataFile());
        ControllerFactory controllers = new ControllerFactory()
                .register(FirstRunController.class, () -> new FirstRunController<VaultServices.OpenVault>(context, services::create, this::opened))
                .register(UnlockController.class, () -> new UnlockController<VaultServices.OpenVault>(context, "", services::open, this::opened));
        ViewLoader loader = new ViewLoader(context.strings().bundle(), controllers);
        scene.setRoot(loader.load(exists ? FxmlFile.UNLOCK : FxmlFile.FIRST_RUN).root());
    }

    private void opened(VaultServices.OpenVault opened) {
        this.vault = opened.vault();
        LOG.info("Vault " + vault.info().vaultId() + " open; key " + vault.info().keyId());
        workbench = new Workbench(context, scene, opened, services);
        workbench.show();
    }

    void close() {
        if (workbench != null) {
            workbench.close();
        }
        if (vault != null) {
            vault.close();
        }
    }
}
