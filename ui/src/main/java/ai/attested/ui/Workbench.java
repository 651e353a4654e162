package ai.attested.ui;

import ai.attested.app.AppException;
import ai.attested.app.card.SealCardModel;
import ai.attested.app.card.SealCardRenderer;
import ai.attested.app.vault.ChainStatus;
import ai.attested.app.vault.SealPage;
import ai.attested.app.vault.SealQuery;
import ai.attested.app.vault.StoredSeal;
import ai.attested.app.vault.Vault;
import ai.attested.bundle.seal.Seal;
import ai.attested.ui.card.CardController;
import ai.attested.ui.card.CardServices;
import ai.attested.ui.common.ControllerFactory;
import ai.attested.ui.common.FxmlFile;
import ai.attested.ui.common.ViewLoader;
import ai.attested.ui.seal.SealController;
import ai.attested.ui.seal.SealJob;
import ai.attested.ui.seal.SealQueue;
import ai.attested.ui.settings.SettingsController;
import ai.attested.ui.shell.MainWindowController;
import ai.attested.ui.shell.Navigator;
import ai.attested.ui.shell.Section;
import ai.attested.ui.shell.ShellStatus;
import ai.attested.ui.sentinel.SentinelController;
import ai.attested.ui.vault.VaultController;
import ai.attested.ui.verify.EvidenceVerification;
import ai.attested.ui.verify.VerifyController;
import java.awt.image.BufferedImage;
import ai.attested.app.seal.export.SealExporter;
import ai.attested.ui.common.FileDialogs;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import javafx.scene.Scene;

/**
 * The main window over an open vault: registers every controller with the services it needs
 * (constructor injection) and connects the views (a finished seal opens its card, and so on).
 */
final class Workbench {
    private final DesktopContext context;
    private final Scene scene;
    private final Vault vault;
    private final OperatorKey key;
    private final VaultServices services;
    private final ShellStatus status = new ShellStatus();
    private final Navigator navigator = new Navigator();
    private final ExecutorService pageLoader = Executors.newSingleThreadExecutor(r -> {
        Thread t = new Thread(r, "svault-vault-pages");
        t.setDaemon(true);
        return t;
    });
    private final SealCardRenderer renderer = new SealCardRenderer();

    Workbench(DesktopContext context, Scene scene, VaultServices.OpenVault opened, VaultServices services) {
        this.context = context;
        this.scene = scene;
        this.vault = opened.vault();
        this.key = opened.key();
        this.services = services;
    }

    void show() {
        SealQueue<StoredSeal> queue = new SealQueue<>(this::seal, StoredSeal::seq, context.tasks(), context.errors(),
                context.strings(), this::sealed);
        VaultController.Source source = new VaultController.Source() {
            @Override
            public SealPage seals(SealQuery query, long offset, int limit) {
                return vault.seals(query, offset, limit);
            }

            @Override
            public ChainStatus chainStatus() {
                return vault.chainStatus();
            }
        };
        ControllerFactory controllers = new ControllerFactory()
                .register(MainWindowController.class, () -> new MainWindowController(navigator, status,
                        java.util.EnumSet.allOf(Section.class)))
                .register(SettingsController.class, () -> new SettingsController(context, status))
                .register(SealController.class, () -> new SealController<>(context, queue, this::descriptionProblem,
                        services.sealing().settings().limits().maxTextChars(), job -> openCard(job.resultProperty().get())))
                .register(VaultController.class, () -> new VaultController(context, source, pageLoader, this::openCard,
                        this::exportBundle, this::verifySeal))
                .register(CardController.class, () -> new CardController(context, this::backFromCard, this::verifyBundle))
                .register(VerifyController.class, () -> new VerifyController(context, new EvidenceVerification()))
                .register(SentinelController.class, () -> new SentinelController(context,
                        new DesktopSentinelServices(key, vault.location().directory().resolve("sentinel")), this::verifyBundle));
        ViewLoader loader = new ViewLoader(context.strings().bundle(), controllers);
        navigator.useLoader(loader);
        ViewLoader.View<MainWindowController> main = loader.load(FxmlFile.MAIN_WINDOW);
        status.vaultId().set(vault.info().vaultId().formatted());
        status.keyId().set(vault.info().keyId());
        status.operator().set(vault.info().username());
        scene.setRoot(main.root());
        navigator.show(Section.SEAL);
        refreshChain();
        context.options().openFile().ifPresent(this::verifyBundle);
    }

    /** The queue's background step: the app's sealing service, the same one {@code svault seal} uses. */
    private StoredSeal seal(SealJob<StoredSeal> job, ai.attested.app.seal.HashProgress progress,
            ai.attested.app.seal.CancelToken cancel) {
        return job.path().isPresent()
                ? services.sealing().sealPath(vault, job.path().get(), job.description(), progress, cancel)
                : services.sealing().sealText(vault, job.text().orElseThrow(), job.description());
    }

    /** After each seal: the chain badge and the vault list follow; the last of a batch opens its card. */
    private void sealed(SealJob<StoredSeal> job) {
        refreshChain();
        navigator.<VaultController>loadedController(Section.VAULT).ifPresent(VaultController::reload);
        boolean more = navigator.<SealController<StoredSeal>>loadedController(Section.SEAL)
                .map(SealController::hasWaitingJobs).orElse(false);
        if (!more) {
            openCard(job.resultProperty().get());
        }
    }

    private Optional<String> descriptionProblem(String description) {
        try {
            services.sealing().checkDescription(description);
            return Optional.empty();
        } catch (AppException e) {
            return Optional.of(e.code() + ": " + e.getMessage());
        }
    }

    private void refreshChain() {
        context.tasks().create(p -> vault.chainStatus()).onSuccess(chain -> {
            if (chain.ok()) {
                status.chain().set(context.strings().format("status.chain.ok", chain.sealCount()));
                status.chainStyle().set("ok");
            } else {
                var first = chain.firstFinding();
                status.chain().set(context.strings().format("status.chain.fail", first.seq(), first.code()));
                status.chainStyle().set("fail");
            }
        }).start();
    }

    private void openCard(StoredSeal stored) {
        Seal seal = VaultServices.parse(stored);
        navigator.<CardController>showDetail(FxmlFile.CARD, card -> card.show(seal, cardServices(seal)));
    }

    private CardServices cardServices(Seal seal) {
        SealCardModel model = SealCardModel.fromSeal(seal);
        return new CardServices() {
            @Override
            public BufferedImage renderPrint() {
                return renderer.renderPrint(model);
            }

            @Override
            public BufferedImage renderShare() {
                return renderer.renderShare(model);
            }

            @Override
            public void writePng(BufferedImage image, Path file) {
                SealCardRenderer.writePng(image, file);
            }

            @Override
            public void exportBundle(Path file) {
                Workbench.this.export(seal.seq(), file);
            }

            @Override
            public Optional<Checkpoint> latestCheckpoint() {
                return vault.latestCheckpoint().map(cp -> new Checkpoint(cp.treeSize(), cp.rootHash(),
                        vault.info().vaultId().formatted()));
            }
        };
    }

    private void backFromCard() {
        navigator.show(navigator.sectionProperty().get());
    }

    /** {@code svault export SEQ --out FILE}: the same exporter, signed with the operator key. Background thread. */
    private void export(long seq, Path file) {
        try {
            byte[] zip = SealExporter.export(vault, List.of(seq), key.get(), Instant.now());
            Path tmp = file.resolveSibling(file.getFileName() + ".part");
            Files.write(tmp, zip);
            Files.move(tmp, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } catch (IOException e) {
            throw new AppException("EXPORT_WRITE_FAILED", "Cannot write " + file + ": " + e.getMessage(), e);
        }
    }

    private void exportBundle(StoredSeal seal) {
        context.files().saveFile(scene.getWindow(), context.strings().get("card.export.title"),
                        "VerifiedBundle-seal-" + seal.seq() + ".zip", new FileDialogs.Filter("ZIP", "*.zip"))
                .ifPresent(file -> context.tasks().create(p -> {
                    export(seal.seq(), file);
                    return file;
                }).start());
    }

    /** Verifies a vault seal the way an auditor would: export its bundle to a temporary file and verify that. */
    private void verifySeal(StoredSeal seal) {
        context.tasks().create(p -> {
            Path file = Files.createTempDirectory("svault-verify").resolve("VerifiedBundle-seal-" + seal.seq() + ".zip");
            export(seal.seq(), file);
            return file;
        }).onSuccess(this::verifyBundle).start();
    }

    /** Shows the Verify view verifying {@code bundle} (a bundle, card PNG, or one passed on the command line). */
    private void verifyBundle(Path bundle) {
        navigator.show(Section.VERIFY);
        navigator.<VerifyController>controllerOf(Section.VERIFY).open(bundle);
    }

    void close() {
        key.close();
        pageLoader.shutdownNow();
    }
}
