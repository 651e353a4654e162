package ai.attested.ui;

import ai.attested.app.AppException;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

/**
 * The desktop app's command line: {@code [--vault DIR] [FILE]}. FILE (a bundle.zip or a card PNG)
 * opens in the Verify view, which is how file associations hand the app a bundle.
 */
public record DesktopOptions(Optional<Path> vaultDir, Optional<Path> openFile) {

    public static DesktopOptions parse(List<String> args) {
        Optional<Path> vault = Optional.empty();
        Optional<Path> open = Optional.empty();
        for (int i = 0; i < args.size(); i++) {
            String arg = args.get(i);
            if (arg.equals("--vault")) {
                if (i + 1 >= args.size()) {
                    throw new AppException("USAGE", "--vault needs a folder.");
                }
                vault = Optional.of(Path.of(args.get(++i)));
            } else if (arg.startsWith("--vault=")) {
                vault = Optional.of(Path.of(arg.substring("--vault=".length())));
            } else if (arg.startsWith("-")) {
                throw new AppException("USAGE", "Unknown option " + arg + ". Usage: svault gui [--vault DIR] [bundle.zip | card.png]");
            } else if (open.isEmpty()) {
                open = Optional.of(Path.of(arg));
            } else {
                throw new AppException("USAGE", "Only one file can be opened at start. Usage: svault gui [--vault DIR] [bundle.zip | card.png]");
            }
        }
        return new DesktopOptions(vault, open);
    }
}
