package ai.attested.ui.seal;

import ai.attested.ui.common.Strings;
import java.util.function.Consumer;
import javafx.beans.value.ChangeListener;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ProgressBar;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;

/** One queue row: name, state badge, progress bar with throughput and time left, "Open card". */
final class SealJobCell<R> extends ListCell<SealJob<R>> {
    private final Strings strings;
    private final Consumer<SealJob<R>> openCard;
    private final Label name = new Label();
    private final Label state = new Label();
    private final ProgressBar bar = new ProgressBar();
    private final Label detail = new Label();
    private final Button open = new Button();
    private final VBox box;
    private final ChangeListener<Object> refresh = (o, a, b) -> refresh();

    SealJobCell(Strings strings, Consumer<SealJob<R>> openCard) {
        this.strings = strings;
        this.openCard = openCard;
        name.getStyleClass().add("job-name");
        detail.getStyleClass().add("faint");
        detail.setWrapText(true);
        bar.setMaxWidth(Double.MAX_VALUE);
        open.setText(strings.get("seal.open"));
        open.getStyleClass().add("link-button");
        open.setOnAction(e -> openCard.accept(getItem()));
        Region gap = new Region();
        HBox.setHgrow(gap, Priority.ALWAYS);
        HBox top = new HBox(10, name, gap, state);
        top.setAlignment(Pos.CENTER_LEFT);
        box = new VBox(6, top, bar, detail, open);
        box.getStyleClass().add("job-box");
        name.setMaxWidth(280);
    }

    @Override
    protected void updateItem(SealJob<R> job, boolean empty) {
        SealJob<R> old = getItem();
        if (old != null) {
            old.stateProperty().removeListener(refresh);
            old.progressProperty().removeListener(refresh);
            old.detailProperty().removeListener(refresh);
        }
        super.updateItem(job, empty);
        if (empty || job == null) {
            setGraphic(null);
            return;
        }
        job.stateProperty().addListener(refresh);
        job.progressProperty().addListener(refresh);
        job.detailProperty().addListener(refresh);
        refresh();
        setGraphic(box);
    }

    private void refresh() {
        SealJob<R> job = getItem();
        if (job == null) {
            return;
        }
        name.setText(job.name());
        SealJob.State s = job.stateProperty().get();
        String text = switch (s) {
            case SEALED -> strings.format("seal.state.SEALED", job.seqProperty().get());
            case FAILED -> strings.format("seal.state.FAILED", job.detailProperty().get().split(":", 2)[0]);
            default -> strings.get("seal.state." + s.name());
        };
        state.setText(text);
        state.getStyleClass().setAll("label", "badge", switch (s) {
            case SEALED -> "ok";
            case FAILED -> "fail";
            case HASHING -> "info";
            default -> "neutral";
        });
        boolean hashing = s == SealJob.State.HASHING;
        bar.setVisible(hashing);
        bar.setManaged(hashing);
        bar.setProgress(job.progressProperty().get());
        detail.setText(job.detailProperty().get());
        detail.setVisible(!detail.getText().isEmpty());
        detail.setManaged(detail.isVisible());
        open.setVisible(s == SealJob.State.SEALED);
        open.setManaged(open.isVisible());
    }
}
