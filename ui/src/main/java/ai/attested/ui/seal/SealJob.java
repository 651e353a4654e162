package ai.attested.ui.seal;

import ai.attested.app.seal.CancelToken;
import java.nio.file.Path;
import java.util.Optional;
import javafx.beans.property.DoubleProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleDoubleProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;

/** One thing to seal in the queue (a file, a folder or a text) and how far it got. FX thread only. */
public final class SealJob<R> {
    public enum State { QUEUED, HASHING, SEALED, FAILED, CANCELLED }

    private final Optional<Path> path;
    private final Optional<String> text;
    private final String name;
    private final String description;
    private final CancelToken cancel = new CancelToken();
    private final ObjectProperty<State> state = new SimpleObjectProperty<>(State.QUEUED);
    private final DoubleProperty progress = new SimpleDoubleProperty(-1);
    private final StringProperty detail = new SimpleStringProperty("");
    private final ObjectProperty<R> result = new SimpleObjectProperty<>();
    private final javafx.beans.property.LongProperty seq = new javafx.beans.property.SimpleLongProperty();

    private SealJob(Optional<Path> path, Optional<String> text, String name, String description) {
        this.path = path;
        this.text = text;
        this.name = name;
        this.description = description;
    }

    public static <R> SealJob<R> ofPath(Path path, String description) {
        Path name = path.getFileName();
        return new SealJob<>(Optional.of(path), Optional.empty(), name == null ? path.toString() : name.toString(), description);
    }

    public static <R> SealJob<R> ofText(String text, String description) {
        String firstLine = text.strip().lines().findFirst().orElse("");
        String shown = firstLine.length() > 60 ? firstLine.substring(0, 60) + "…" : firstLine;
        return new SealJob<>(Optional.empty(), Optional.of(text), "“" + shown + "”", description);
    }

    public Optional<Path> path() {
        return path;
    }

    public Optional<String> text() {
        return text;
    }

    public String name() {
        return name;
    }

    public String description() {
        return description;
    }

    public CancelToken cancelToken() {
        return cancel;
    }

    public ObjectProperty<State> stateProperty() {
        return state;
    }

    /** 0…1, or -1 while the size is unknown. */
    public DoubleProperty progressProperty() {
        return progress;
    }

    /** Throughput and time left while hashing; the code and sentence when it failed. */
    public StringProperty detailProperty() {
        return detail;
    }

    public ObjectProperty<R> resultProperty() {
        return result;
    }

    /** The seal's number in the chain once sealed. */
    public javafx.beans.property.LongProperty seqProperty() {
        return seq;
    }

    public boolean isActive() {
        return state.get() == State.QUEUED || state.get() == State.HASHING;
    }
}
