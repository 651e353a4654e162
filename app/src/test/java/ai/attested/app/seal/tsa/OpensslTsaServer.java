package ai.attested.app.seal.tsa;

import com.sun.net.httpserver.HttpServer;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * An RFC 3161 authority on loopback whose every reply is made by {@code openssl ts -reply} (an
 * implementation independent of BouncyCastle), with a fresh P-256 key and a self-signed
 * certificate carrying the critical timeStamping usage. For tests that seal through the CLI.
 */
public final class OpensslTsaServer implements AutoCloseable {
    private static final String CONFIG = String.join("\n",
            "[ req ]", "distinguished_name = dn", "prompt = no", "x509_extensions = v3_tsa",
            "[ dn ]", "CN = OpenSSL Loopback TSA",
            "[ v3_tsa ]", "basicConstraints = CA:FALSE", "keyUsage = critical,digitalSignature",
            "extendedKeyUsage = critical,timeStamping",
            "[ tsa ]", "default_tsa = tsa1",
            "[ tsa1 ]", "serial = ./serial", "crypto_device = builtin", "signer_digest = sha256",
            "default_policy = 1.2.3.4.1", "digests = sha256", "accuracy = secs:1", "ordering = no", "tsa_name = no",
            "ess_cert_id_chain = no", "ess_cert_id_alg = sha256", "");
    private final Path dir;
    private final HttpServer server;

    public OpensslTsaServer(Path dir) throws Exception {
        this.dir = dir;
        Files.writeString(dir.resolve("tsa.cnf"), CONFIG);
        Files.writeString(dir.resolve("serial"), "01\n");
        run("openssl", "req", "-x509", "-newkey", "ec", "-pkeyopt", "ec_paramgen_curve:P-256", "-nodes",
                "-keyout", "tsa.key", "-out", "tsa.crt", "-days", "2", "-config", "tsa.cnf");
        server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        server.createContext("/tsa", exchange -> {
            byte[] reply;
            try (InputStream in = exchange.getRequestBody()) {
                reply = reply(in.readAllBytes());
            } catch (Exception e) {
                exchange.sendResponseHeaders(500, -1);
                exchange.close();
                return;
            }
            exchange.getResponseHeaders().add("Content-Type", "application/timestamp-reply");
            exchange.sendResponseHeaders(200, reply.length);
            try (OutputStream os = exchange.getResponseBody()) {
                os.write(reply);
            }
        });
        server.start();
    }

    private synchronized byte[] reply(byte[] query) throws Exception {
        Files.write(dir.resolve("q.tsq"), query);
        run("openssl", "ts", "-reply", "-config", "tsa.cnf", "-queryfile", "q.tsq", "-inkey", "tsa.key", "-signer", "tsa.crt",
                "-out", "r.tsr");
        return Files.readAllBytes(dir.resolve("r.tsr"));
    }

    public URI url() {
        return URI.create("http://" + server.getAddress().getHostString() + ":" + server.getAddress().getPort() + "/tsa");
    }

    /** What an auditor pastes: {@code openssl x509 -noout -fingerprint -sha256} of the TSA certificate ("sha256 Fingerprint=AB:CD:..."). */
    public String opensslFingerprintLine() throws Exception {
        return run("openssl", "x509", "-in", "tsa.crt", "-noout", "-fingerprint", "-sha256").strip();
    }

    private String run(String... cmd) throws Exception {
        Process p = new ProcessBuilder(List.of(cmd)).directory(dir.toFile()).redirectErrorStream(true).start();
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        if (!p.waitFor(60, TimeUnit.SECONDS) || p.exitValue() != 0) {
            throw new IllegalStateException(String.join(" ", cmd) + " failed:\n" + out);
        }
        return out;
    }

    @Override
    public void close() {
        server.stop(0);
    }
}
