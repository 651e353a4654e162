package ai.attested.ui.common;

import java.io.File;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import javafx.scene.input.Clipboard;

/** What arrived by drop or paste: files and folders, or a text. */
public record DropContent(List<Path> files, Optional<String> text) {
    public DropContent {
        files = List.copyOf(files);
    }

    public static DropContent of(List<Path> files) {
        return new DropContent(files, Optional.empty());
    }

    public static DropContent ofText(String text) {
        return new DropContent(List.of(), Optional.of(text));
    }

    /** Reads a drag board or the system clipboard ({@code Dragboard} is a {@code Clipboard}). */
    public static DropContent from(Clipboard board) {
        if (board.hasFiles()) {
            return of(board.getFiles().stream().map(File::toPath).toList());
        }
        if (board.hasString() && !board.getString().isEmpty()) {
            return ofText(board.getString());
        }
        return new DropContent(List.of(), Optional.empty());
    }

    public boolean isEmpty() {
        return files.isEmpty() && text.isEmpty();
    }
}
