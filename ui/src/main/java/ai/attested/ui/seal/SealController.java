package ai.attested.ui.seal;

import ai.attested.ui.DesktopContext;
import ai.attested.ui.common.DropContent;
import ai.attested.ui.common.DropHandler;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.function.Function;
import javafx.fxml.FXML;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.control.TextArea;
import javafx.scene.control.TextField;
import javafx.scene.control.TextInputControl;
import javafx.scene.input.Clipboard;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCodeCombination;
import javafx.scene.input.KeyCombination;
import javafx.scene.layout.VBox;

/**
 * The Seal view: a drop zone for files, folders and text (drop, paste, choose, or type), a
 * description checked by the same bad-words filter the CLI uses, and the queue with progress.
 */
public final class SealController<R> {
    private final DesktopContext context;
    private final SealQueue<R> queue;
    private final Function<String, Optional<String>> descriptionProblem;
    private final int maxTextChars;
    private final Consumer<SealJob<R>> openCard;
    private DropHandler dropHandler;

    @FXML private VBox dropZone;
    @FXML private Button chooseFiles;
    @FXML private TextArea textArea;
    @FXML private Label textCount;
    @FXML private Button sealTextButton;
    @FXML private TextField descriptionField;
    @FXML private Label descriptionError;
    @FXML private Button cancelButton;
    @FXML private ListView<SealJob<R>> queueList;

    /**
     * @param descriptionProblem the filter's reason a description is refused, empty when it is clean
     */
    public SealController(DesktopContext context, SealQueue<R> queue, Function<String, Optional<String>> descriptionProblem,
            int maxTextChars, Consumer<SealJob<R>> openCard) {
        this.context = context;
        this.queue = queue;
        this.descriptionProblem = descriptionProblem;
        this.maxTextChars = maxTextChars;
        this.openCard = openCard;
    }

    @FXML
    private void initialize() {
        dropHandler = DropHandler.install(dropZone, c -> true, this::accept);
        queueList.setItems(queue.jobs());
        queueList.setCellFactory(list -> new SealJobCell<>(context.strings(), openCard));
        queueList.setPlaceholder(new Label(context.strings().get("seal.queue.empty")));
        cancelButton.disableProperty().bind(queue.runningProperty().isNull());
        textArea.textProperty().addListener((o, a, b) -> updateTextCount());
        updateTextCount();
        descriptionField.textProperty().addListener((o, a, b) -> checkDescription());
        dropZone.setOnKeyPressed(e -> {
            if (e.getCode() == KeyCode.ENTER || e.getCode() == KeyCode.SPACE) {
                chooseFiles();
            }
        });
        dropZone.sceneProperty().addListener((o, a, scene) -> {
            if (scene != null) {
                installShortcuts();
            }
        });
    }

    /** Ctrl+V pastes files or text to seal unless a text field has focus; Ctrl+O chooses files. */
    private void installShortcuts() {
        dropZone.getParent().addEventFilter(javafx.scene.input.KeyEvent.KEY_PRESSED, e -> {
            if (new KeyCodeCombination(KeyCode.V, KeyCombination.SHORTCUT_DOWN).match(e)
                    && !(dropZone.getScene().getFocusOwner() instanceof TextInputControl)) {
                paste();
                e.consume();
            } else if (new KeyCodeCombination(KeyCode.O, KeyCombination.SHORTCUT_DOWN).match(e)) {
                chooseFiles();
                e.consume();
            }
        });
    }

    /** Whether more jobs wait in the queue (then a finished seal does not jump to its card). */
    public boolean hasWaitingJobs() {
        return queue.jobs().stream().anyMatch(j -> j.stateProperty().get() == SealJob.State.QUEUED);
    }

    /** The drop handler of this view (tests deliver through it, as a drop does). */
    public DropHandler dropHandler() {
        return dropHandler;
    }

    private void accept(DropContent content) {
        Optional<String> description = checkDescription();
        if (description.isEmpty()) {
            return;
        }
        for (Path file : content.files()) {
            queue.add(SealJob.ofPath(file, description.get()));
        }
        content.text().ifPresent(text -> queue.add(SealJob.ofText(text, description.get())));
        descriptionField.clear(); // a description belongs to what was just queued, never silently to the next seal
    }

    /** The description when acceptable; otherwise shows the filter's reason and returns empty. */
    private Optional<String> checkDescription() {
        String text = descriptionField.getText() == null ? "" : descriptionField.getText().strip();
        Optional<String> problem = descriptionProblem.apply(text);
        descriptionError.setText(problem.orElse(""));
        descriptionError.setVisible(problem.isPresent());
        descriptionError.setManaged(problem.isPresent());
        descriptionField.getStyleClass().remove("field-invalid");
        if (problem.isPresent()) {
            descriptionField.getStyleClass().add("field-invalid");
            return Optional.empty();
        }
        return Optional.of(text);
    }

    private void updateTextCount() {
        int n = textArea.getText() == null ? 0 : textArea.getText().length();
        textCount.setText(context.strings().format("seal.text.count", n, maxTextChars));
        sealTextButton.setDisable(n == 0);
    }

    @FXML
    private void sealText() {
        String text = textArea.getText();
        if (text != null && !text.isEmpty() && dropHandler.deliver(DropContent.ofText(text))) {
            textArea.clear();
        }
    }

    @FXML
    private void paste() {
        dropHandler.deliver(DropContent.from(Clipboard.getSystemClipboard()));
    }

    @FXML
    private void chooseFiles() {
        List<Path> files = context.files().openFiles(dropZone.getScene().getWindow(),
                context.strings().get("seal.chooser.files"), List.of());
        if (!files.isEmpty()) {
            dropHandler.deliver(DropContent.of(files));
        }
    }

    @FXML
    private void chooseFolder() {
        context.files().openFolder(dropZone.getScene().getWindow(), context.strings().get("seal.chooser.folder"))
                .ifPresent(folder -> dropHandler.deliver(DropContent.of(List.of(folder))));
    }

    @FXML
    private void cancel() {
        queue.cancelAll();
    }
}
