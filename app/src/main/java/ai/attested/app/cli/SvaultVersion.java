package ai.attested.app.cli;

import picocli.CommandLine;

/** {@code svault --version}. */
final class SvaultVersion implements CommandLine.IVersionProvider {
    @Override
    public String[] getVersion() {
        String v = SvaultMain.class.getPackage().getImplementationVersion();
        return new String[] {"svault " + (v == null ? "dev" : v)};
    }
}
