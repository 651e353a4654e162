package ai.attested.ui;

import ai.attested.ui.common.ErrorDialogs;
import ai.attested.ui.common.FileDialogs;
import ai.attested.ui.common.Strings;
import ai.attested.ui.common.Tasks;
import java.nio.file.Path;
import javafx.application.HostServices;

/** What every view may need that is not a vault service: paths, strings, background work, errors. */
public record DesktopContext(
        DesktopOptions options,
        Path vaultDir,
        Path logFile,
        Path windowSettingsFile,
        Strings strings,
        Tasks tasks,
        ErrorDialogs errors,
        FileDialogs files,
        HostServices hostServices,
        String version) {}
