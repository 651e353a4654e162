package ai.attested.ui.vault;

import ai.attested.app.vault.ChainFinding;
import ai.attested.app.vault.ChainStatus;
import ai.attested.app.vault.SealPage;
import ai.attested.app.vault.SealQuery;
import ai.attested.app.vault.StoredSeal;
import ai.attested.ui.DesktopContext;
import ai.attested.ui.common.Formats;
import ai.attested.ui.common.PagedList;
import ai.attested.ui.common.Strings;
import java.util.concurrent.Executor;
import java.util.function.Consumer;
import javafx.animation.PauseTransition;
import javafx.beans.property.SimpleStringProperty;
import javafx.fxml.FXML;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableRow;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import javafx.scene.layout.HBox;
import javafx.util.Duration;

/**
 * The Vault view: every seal newest first in a virtualised table fed a page at a time, one search
 * box, the chain status badge, and open / export / verify for the selected seal. Read-only.
 */
public final class VaultController {
    /** The vault calls this view makes. */
    public interface Source {
        SealPage seals(SealQuery query, long offset, int limit);

        ChainStatus chainStatus();
    }

    private final DesktopContext context;
    private final Source vault;
    private final Executor pageLoader;
    private final Consumer<StoredSeal> openCard;
    private final Consumer<StoredSeal> exportBundle;
    private final Consumer<StoredSeal> verifySeal;
    private final PauseTransition searchDelay = new PauseTransition(Duration.millis(250));

    @FXML private Label chainBadge;
    @FXML private HBox tamperBanner;
    @FXML private Label tamperLabel;
    @FXML private TextField searchField;
    @FXML private Label countLabel;
    @FXML private TableView<StoredSeal> table;
    @FXML private TableColumn<StoredSeal, String> seqColumn;
    @FXML private TableColumn<StoredSeal, String> timeColumn;
    @FXML private TableColumn<StoredSeal, String> kindColumn;
    @FXML private TableColumn<StoredSeal, String> nameColumn;
    @FXML private TableColumn<StoredSeal, String> hashColumn;
    @FXML private TableColumn<StoredSeal, String> descriptionColumn;
    @FXML private Label selectionLabel;
    @FXML private Button openButton;
    @FXML private Button exportButton;
    @FXML private Button verifyButton;

    public VaultController(DesktopContext context, Source vault, Executor pageLoader, Consumer<StoredSeal> openCard,
            Consumer<StoredSeal> exportBundle, Consumer<StoredSeal> verifySeal) {
        this.context = context;
        this.vault = vault;
        this.pageLoader = pageLoader;
        this.openCard = openCard;
        this.exportBundle = exportBundle;
        this.verifySeal = verifySeal;
    }

    @FXML
    private void initialize() {
        seqColumn.setCellValueFactory(c -> text(loaded(c.getValue()) ? Long.toString(c.getValue().seq()) : ""));
        timeColumn.setCellValueFactory(c -> text(loaded(c.getValue()) ? c.getValue().deviceTime().replace('T', ' ').replace("Z", "")
                : context.strings().get("vault.loading")));
        kindColumn.setCellValueFactory(c -> text(c.getValue().subjectKind()));
        nameColumn.setCellValueFactory(c -> text(c.getValue().subjectName()));
        hashColumn.setCellValueFactory(c -> text(loaded(c.getValue()) ? Formats.shortHash(c.getValue().subjectHash(), 10) : ""));
        descriptionColumn.setCellValueFactory(c -> text(c.getValue().description()));
        table.setRowFactory(t -> {
            TableRow<StoredSeal> row = new TableRow<>();
            row.setOnMouseClicked(e -> {
                if (e.getClickCount() == 2 && !row.isEmpty() && loaded(row.getItem())) {
                    openCard.accept(row.getItem());
                }
            });
            return row;
        });
        table.setOnKeyPressed(e -> {
            if (e.getCode() == KeyCode.ENTER) {
                openCard();
            }
        });
        table.setPlaceholder(new Label(context.strings().get("vault.empty")));
        var selected = table.getSelectionModel().selectedItemProperty();
        openButton.disableProperty().bind(selected.isNull());
        exportButton.disableProperty().bind(selected.isNull());
        verifyButton.disableProperty().bind(selected.isNull());
        selected.addListener((o, a, seal) -> selectionLabel.setText(seal == null || !loaded(seal) ? ""
                : context.strings().format("vault.selected", seal.seq(), seal.sealHash())));
        searchDelay.setOnFinished(e -> reload());
        searchField.textProperty().addListener((o, a, b) -> searchDelay.playFromStart());
        reload();
    }

    /** Re-reads the seals and the chain badge (after a new seal, or a search change). */
    public void reload() {
        SealQuery query;
        try {
            query = SearchParser.parse(searchField.getText());
        } catch (RuntimeException e) {
            context.errors().show(e);
            return;
        }
        PagedList.open((offset, limit) -> {
            SealPage page = vault.seals(query, offset, limit);
            return new PagedList.Page<>(page.total(), page.seals());
        }, pageLoader, VaultController::placeholder, list -> {
            table.setItems(list);
            boolean searching = query != SealQuery.ALL;
            table.setPlaceholder(new Label(context.strings().get(searching ? "vault.noMatch" : "vault.empty")));
            countLabel.setText(context.strings().format(searching ? "vault.count.match" : "vault.count.all", list.size()));
        }, context.errors()::show);
        refreshChain(); // a new seal changes the count on the badge too
    }

    /** Shows the chain status the vault found on open (or after its last verification). */
    public void refreshChain() {
        context.tasks().create(p -> vault.chainStatus()).onSuccess(this::showChain).start();
    }

    private void showChain(ChainStatus status) {
        Strings s = context.strings();
        if (status.ok()) {
            chainBadge.setText(s.format("vault.chain.ok", status.sealCount()));
            chainBadge.getStyleClass().setAll("label", "badge", "chain-badge", "ok");
            tamperBanner.setVisible(false);
            tamperBanner.setManaged(false);
        } else {
            ChainFinding first = status.firstFinding();
            chainBadge.setText(s.format("vault.chain.fail", first.seq()));
            chainBadge.getStyleClass().setAll("label", "badge", "chain-badge", "fail");
            tamperLabel.setText(s.format("vault.tampered", first.seq(), first.code(), first.message()));
            tamperBanner.setVisible(true);
            tamperBanner.setManaged(true);
        }
    }

    private static StoredSeal placeholder(int index) {
        return new StoredSeal(-1, "", "", "", "", "", "", "", "");
    }

    private static boolean loaded(StoredSeal seal) {
        return seal != null && seal.seq() > 0;
    }

    private static SimpleStringProperty text(String value) {
        return new SimpleStringProperty(value);
    }

    private StoredSeal selectedLoaded() {
        StoredSeal seal = table.getSelectionModel().getSelectedItem();
        return loaded(seal) ? seal : null;
    }

    @FXML
    private void openCard() {
        StoredSeal seal = selectedLoaded();
        if (seal != null) {
            openCard.accept(seal);
        }
    }

    @FXML
    private void exportBundle() {
        StoredSeal seal = selectedLoaded();
        if (seal != null) {
            exportBundle.accept(seal);
        }
    }

    @FXML
    private void verifySeal() {
        StoredSeal seal = selectedLoaded();
        if (seal != null) {
            verifySeal.accept(seal);
        }
    }
}
