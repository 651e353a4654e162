package ai.attested.app.vault;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;

/**
 * Test helper process for {@link CheckpointCrashTest}: opens a test-key vault and appends
 * {@code COUNT} text seals as one durable group. Just before it would sign the every-100
 * checkpoint of size {@code STOP_AT} (the seals are then durable in both stores), it prints
 * {@code STOPPED size} and waits to be killed.
 *
 * <pre>CheckpointCrashMain DIR COUNT STOP_AT</pre>
 */
public final class CheckpointCrashMain {

    public static void main(String[] args) throws Exception {
        VaultLocation loc = new VaultLocation(Path.of(args[0]));
        int count = Integer.parseInt(args[1]);
        long stopAt = Long.parseLong(args[2]);
        Vault v = Vault.open(loc, purpose -> new char[0], new BundleSealCodec(), size -> {
            if (size == stopAt) {
                System.out.println("STOPPED " + size);
                System.out.flush();
                try {
                    new CountDownLatch(1).await(); // nothing counts it down: the test SIGKILLs this JVM here
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
                Runtime.getRuntime().halt(99); // never reached unless interrupted: still no clean close
            }
        });
        long first = v.sealCount() + 1;
        List<SealMinter> group = new ArrayList<>(count);
        for (int i = 0; i < count; i++) {
            group.add(TestSeals.text("group text " + (first + i)));
        }
        v.append(group);
        System.out.println("NOT STOPPED");
        v.close();
    }
}
