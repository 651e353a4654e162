package ai.attested.app.vault;

import java.nio.file.Path;
import java.util.concurrent.CountDownLatch;

/** Test helper process: opens a vault, says HOLDING, and keeps it open until killed. */
public final class VaultHolderMain {
    public static void main(String[] args) throws Exception {
        try (Vault v = Vault.openReadOnly(new VaultLocation(Path.of(args[0])), new BundleSealCodec())) {
            System.out.println("HOLDING");
            System.out.flush();
            new CountDownLatch(1).await(); // nothing counts it down: the test kills this JVM
        }
    }
}
