package ai.attested.ui;

import ai.attested.ui.common.FileDialogs;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;
import java.util.Optional;
import javafx.stage.Window;

/**
 * Answers the app's file dialogs with paths a test queued (no robot can drive a native dialog);
 * an unexpected dialog fails the test instead of hanging it.
 */
final class ScriptedFileDialogs implements FileDialogs {
    private final Deque<List<Path>> answers = new ArrayDeque<>();

    ScriptedFileDialogs answer(Path... paths) {
        synchronized (answers) {
            answers.add(List.of(paths));
        }
        return this;
    }

    private List<Path> next(String title) {
        synchronized (answers) {
            List<Path> answer = answers.poll();
            if (answer == null) {
                throw new AssertionError("unexpected file dialog: " + title);
            }
            return answer;
        }
    }

    @Override
    public List<Path> openFiles(Window owner, String title, List<Filter> filters) {
        return next(title);
    }

    @Override
    public Optional<Path> openFolder(Window owner, String title) {
        return next(title).stream().findFirst();
    }

    @Override
    public Optional<Path> saveFile(Window owner, String title, String initialName, Filter filter) {
        return next(title).stream().findFirst();
    }
}
