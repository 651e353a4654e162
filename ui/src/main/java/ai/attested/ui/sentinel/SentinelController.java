package ai.attested.ui.sentinel;

import ai.attested.app.sentinel.Sentinel;
import ai.attested.app.sentinel.SentinelState;
import ai.attested.app.sentinel.golden.GoldenRun;
import ai.attested.app.sentinel.measure.LineEndings;
import ai.attested.app.sentinel.measure.Normalization;
import ai.attested.app.sentinel.measure.TextEncoding;
import ai.attested.app.sentinel.policy.MintRequest;
import ai.attested.app.sentinel.policy.PolicyMinter;
import ai.attested.bundle.model.Action;
import ai.attested.bundle.model.Receipt;
import ai.attested.ui.DesktopContext;
import ai.attested.ui.common.FileDialogs;
import ai.attested.ui.common.Formats;
import ai.attested.ui.common.Strings;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.fxml.FXML;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.Spinner;
import javafx.scene.control.SpinnerValueFactory;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.scene.layout.GridPane;

/**
 * The Sentinel view: choose a folder and the policy options, mint the policy with the operator
 * key, run it (optionally governing a command) with live receipts and the state machine's state,
 * inject drift, stop, export and verify the bundle — or do all of it with the golden run.
 */
public final class SentinelController {
    private final DesktopContext context;
    private final SentinelServices services;
    private final Consumer<Path> verify;
    private final ReceiptFeed feed = new ReceiptFeed();
    private final ObjectProperty<Object> running = new SimpleObjectProperty<>();
    private final ObjectProperty<PolicyMinter.Minted> minted = new SimpleObjectProperty<>();
    private final ObjectProperty<Path> bundle = new SimpleObjectProperty<>();
    private final ComboBox<Action> onDrift = actions();
    private final ComboBox<Action> onTtl = actions();
    private final ComboBox<Action> onSignature = actions();

    @FXML private TextField folderField;
    @FXML private TextField commandField;
    @FXML private Spinner<Integer> intervalSpinner;
    @FXML private Spinner<Integer> ttlSpinner;
    @FXML private ComboBox<LineEndings> lineEndingsBox;
    @FXML private ComboBox<TextEncoding> encodingBox;
    @FXML private CheckBox trimBox;
    @FXML private GridPane actionsGrid;
    @FXML private Button goldenButton;
    @FXML private Button mintButton;
    @FXML private Button startButton;
    @FXML private Button driftButton;
    @FXML private Button stopButton;
    @FXML private Button exportButton;
    @FXML private Button verifyButton;
    @FXML private Label policyLabel;
    @FXML private Label stateLabel;
    @FXML private Label runLabel;
    @FXML private TableView<Receipt> receiptTable;
    @FXML private TableColumn<Receipt, String> counterColumn;
    @FXML private TableColumn<Receipt, String> timeColumn;
    @FXML private TableColumn<Receipt, String> eventColumn;
    @FXML private TableColumn<Receipt, String> actionColumn;
    @FXML private TableColumn<Receipt, String> reasonColumn;
    @FXML private TableColumn<Receipt, String> hashColumn;

    public SentinelController(DesktopContext context, SentinelServices services, Consumer<Path> verify) {
        this.context = context;
        this.services = services;
        this.verify = verify;
    }

    @FXML
    private void initialize() {
        Strings s = context.strings();
        intervalSpinner.setValueFactory(new SpinnerValueFactory.IntegerSpinnerValueFactory((int) MintRequest.MIN_INTERVAL_MS, 3_600_000, 1000, 250));
        ttlSpinner.setValueFactory(new SpinnerValueFactory.IntegerSpinnerValueFactory(0, 60 * 24 * 365, 0, 15));
        lineEndingsBox.getItems().setAll(LineEndings.values());
        lineEndingsBox.setValue(LineEndings.NONE);
        encodingBox.getItems().setAll(TextEncoding.values());
        encodingBox.setValue(TextEncoding.BINARY);
        actionsGrid.addRow(0, muted(s.get("sentinel.action.drift")), onDrift);
        actionsGrid.addRow(1, muted(s.get("sentinel.action.ttl")), onTtl);
        actionsGrid.addRow(2, muted(s.get("sentinel.action.signature")), onSignature);
        onDrift.setId("sentinel-on-drift");
        receiptTable.setItems(feed.receipts());
        receiptTable.setPlaceholder(new Label(s.get("sentinel.empty")));
        counterColumn.setCellValueFactory(c -> text(Long.toString(c.getValue().counter())));
        timeColumn.setCellValueFactory(c -> text(c.getValue().timestamp().replace('T', ' ').replace("Z", "")));
        eventColumn.setCellValueFactory(c -> text(c.getValue().eventType().name()));
        actionColumn.setCellValueFactory(c -> text(c.getValue().decision().action().name()));
        reasonColumn.setCellValueFactory(c -> text(c.getValue().decision().reasonCode().name()));
        hashColumn.setCellValueFactory(c -> text(Formats.shortHash(c.getValue().thisReceiptHash(), 8)));
        receiptTable.setRowFactory(t -> new ReceiptRow());
        feed.receipts().addListener((javafx.collections.ListChangeListener<Receipt>) ch -> receiptTable.scrollTo(feed.receipts().size() - 1));
        feed.state().addListener((o, a, state) -> showState(state));
        showState(null);
        policyLabel.setText(s.get("sentinel.noPolicy"));
        var busy = running.isNotNull();
        goldenButton.disableProperty().bind(busy);
        mintButton.disableProperty().bind(busy.or(folderField.textProperty().isEmpty()));
        startButton.disableProperty().bind(busy.or(minted.isNull()));
        driftButton.disableProperty().bind(javafx.beans.binding.Bindings.createBooleanBinding(
                () -> !(running.get() instanceof Sentinel), running));
        stopButton.disableProperty().bind(busy.not());
        exportButton.disableProperty().bind(bundle.isNull().or(busy));
        verifyButton.disableProperty().bind(bundle.isNull().or(busy));
    }

    private static ComboBox<Action> actions() {
        ComboBox<Action> box = new ComboBox<>();
        box.getItems().setAll(Action.KILL, Action.QUARANTINE, Action.CONTINUE);
        box.setValue(Action.KILL);
        box.setMaxWidth(Double.MAX_VALUE);
        return box;
    }

    private static Label muted(String text) {
        Label l = new Label(text);
        l.getStyleClass().add("muted");
        return l;
    }

    private static SimpleStringProperty text(String value) {
        return new SimpleStringProperty(value);
    }

    private void showState(SentinelState state) {
        stateLabel.setText(state == null ? "—" : state.name());
        String style = state == null ? "neutral" : switch (state) {
            case DRIFT_DETECTED -> "warn";
            case ENFORCED -> "fail";
            case BUNDLED, VERIFIED -> "ok";
            default -> "info";
        };
        stateLabel.getStyleClass().setAll("label", "badge", "state-badge", style);
    }

    @FXML
    private void chooseFolder() {
        context.files().openFolder(folderField.getScene().getWindow(), context.strings().get("sentinel.chooser.folder"))
                .ifPresent(f -> folderField.setText(f.toString()));
    }

    @FXML
    private void mint() {
        Path watch = Path.of(folderField.getText().strip());
        Path policyFile = services.newRunFolder("policy").resolve("policy_artifact.json");
        Instant now = Instant.now();
        int ttl = ttlSpinner.getValue();
        MintRequest request = MintRequest.defaults(watch, policyFile, now)
                .withIntervalMs(intervalSpinner.getValue())
                .withNormalization(new Normalization(lineEndingsBox.getValue(), trimBox.isSelected(), encodingBox.getValue()))
                .withMapping(onDrift.getValue(), onTtl.getValue(), onSignature.getValue())
                .withExpiry(ttl == 0 ? Optional.empty() : Optional.of(now.plus(Duration.ofMinutes(ttl))));
        context.tasks().create(p -> services.mint(request)).onSuccess(m -> {
            minted.set(m);
            policyLabel.setText(context.strings().format("sentinel.policyMinted", m.policy().policyId(), m.policy().issuer().keyId()));
        }).start();
    }

    @FXML
    private void start() {
        PolicyMinter.Minted policy = minted.get();
        Path folder = services.newRunFolder("run");
        List<String> command = CommandLineSplitter.split(commandField.getText());
        feed.reset();
        bundle.set(null);
        runLabel.setText(context.strings().get("sentinel.running"));
        context.tasks().create(p -> services.open(policy.policyFile(), command, folder.resolve("run"), folder.resolve("bundle.zip"), feed))
                .onSuccess(sentinel -> {
                    running.set(sentinel);
                    context.tasks().create(p -> sentinel.run()).onSuccess(result -> {
                        bundle.set(result.bundle());
                        runLabel.setText(context.strings().format("sentinel.finished", result.runId(), result.finalState(),
                                result.receiptCount(), result.bundle()));
                    }).andFinally(() -> running.set(null)).start();
                }).start();
    }

    @FXML
    private void goldenRun() {
        feed.reset();
        bundle.set(null);
        runLabel.setText(context.strings().get("sentinel.running"));
        GoldenRun golden = services.goldenRun(services.newRunFolder("golden-run"), feed);
        running.set(golden);
        context.tasks().create(p -> golden.run()).onSuccess(result -> {
            bundle.set(result.bundle());
            runLabel.setText(context.strings().format("sentinel.golden.finished", result.sentinel().receiptCount(),
                    result.report().verdict().name()));
        }).andFinally(() -> running.set(null)).start();
    }

    @FXML
    private void injectDrift() {
        if (running.get() instanceof Sentinel sentinel) {
            context.tasks().create(p -> sentinel.injectDrift(Optional.empty())).start();
        }
    }

    @FXML
    private void stop() {
        Object run = running.get();
        if (run instanceof Sentinel sentinel) {
            sentinel.stop();
        } else if (run instanceof GoldenRun golden) {
            golden.cancel();
        }
    }

    @FXML
    private void exportBundle() {
        Path source = bundle.get();
        context.files().saveFile(receiptTable.getScene().getWindow(), context.strings().get("sentinel.chooser.export"),
                "bundle.zip", new FileDialogs.Filter("ZIP", "*.zip")).ifPresent(target -> context.tasks()
                .create(p -> Files.copy(source, target, StandardCopyOption.REPLACE_EXISTING))
                .onSuccess(t -> runLabel.setText(context.strings().format("sentinel.exported", t))).start());
    }

    @FXML
    private void verifyBundle() {
        verify.accept(bundle.get());
    }
}
