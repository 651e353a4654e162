package ai.attested.app.cli;

import ai.attested.app.AppException;
import picocli.CommandLine;

/**
 * Turns an exception escaping a command into one line with a code and a plain sentence, exit 3.
 * Stack traces only with SVAULT_DEBUG=1: users see a code, not a trace.
 */
final class CliErrorHandler implements CommandLine.IExecutionExceptionHandler {
    @Override
    public int handleExecutionException(Exception ex, CommandLine cmd, CommandLine.ParseResult parseResult) {
        if (ex instanceof AppException app) {
            cmd.getErr().println("svault: " + app.code() + ": " + app.getMessage());
        } else {
            cmd.getErr().println("svault: INTERNAL_ERROR: " + ex);
        }
        if ("1".equals(System.getenv("SVAULT_DEBUG"))) {
            ex.printStackTrace(cmd.getErr());
        }
        return ExitCodes.ERROR;
    }
}
