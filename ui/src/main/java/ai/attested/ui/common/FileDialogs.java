package ai.attested.ui.common;

import java.io.File;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import javafx.stage.DirectoryChooser;
import javafx.stage.FileChooser;
import javafx.stage.Window;

/**
 * Asks the operator for files and folders. The app uses the platform's native dialogs; UI tests
 * pass their own implementation (a native dialog is outside the JavaFX scene and no robot can
 * drive it) and everything behind the answer stays the real code.
 */
public interface FileDialogs {
    /** One extension filter, e.g. ("ZIP", "*.zip"). */
    record Filter(String description, String pattern) {}

    List<Path> openFiles(Window owner, String title, List<Filter> filters);

    Optional<Path> openFolder(Window owner, String title);

    Optional<Path> saveFile(Window owner, String title, String initialName, Filter filter);

    static FileDialogs nativeDialogs() {
        return new FileDialogs() {
            @Override
            public List<Path> openFiles(Window owner, String title, List<Filter> filters) {
                FileChooser chooser = new FileChooser();
                chooser.setTitle(title);
                filters.forEach(f -> chooser.getExtensionFilters().add(new FileChooser.ExtensionFilter(f.description(), f.pattern())));
                List<File> files = chooser.showOpenMultipleDialog(owner);
                return files == null ? List.of() : files.stream().map(File::toPath).toList();
            }

            @Override
            public Optional<Path> openFolder(Window owner, String title) {
                DirectoryChooser chooser = new DirectoryChooser();
                chooser.setTitle(title);
                return Optional.ofNullable(chooser.showDialog(owner)).map(File::toPath);
            }

            @Override
            public Optional<Path> saveFile(Window owner, String title, String initialName, Filter filter) {
                FileChooser chooser = new FileChooser();
                chooser.setTitle(title);
                chooser.setInitialFileName(initialName);
                chooser.getExtensionFilters().add(new FileChooser.ExtensionFilter(filter.description(), filter.pattern()));
                return Optional.ofNullable(chooser.showSaveDialog(owner)).map(File::toPath);
            }
        };
    }
}
