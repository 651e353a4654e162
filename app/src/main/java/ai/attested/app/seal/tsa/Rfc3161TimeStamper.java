package ai.attested.app.seal.tsa;

import ai.attested.bundle.seal.TimeSource;
import ai.attested.bundle.seal.tsa.TsaTokenException;
import ai.attested.bundle.seal.tsa.TsaTokenInfo;
import ai.attested.bundle.seal.tsa.TsaTokenVerifier;
import ai.attested.crypto.Hex;
import java.io.IOException;
import java.io.InputStream;
import java.math.BigInteger;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.security.SecureRandom;
import java.time.Duration;
import org.bouncycastle.tsp.TSPAlgorithms;
import org.bouncycastle.tsp.TSPException;
import org.bouncycastle.tsp.TimeStampRequest;
import org.bouncycastle.tsp.TimeStampRequestGenerator;
import org.bouncycastle.tsp.TimeStampResponse;
import org.bouncycastle.tsp.TimeStampToken;

/**
 * RFC 3161 over HTTP (RFC 3161 §3.4: POST {@code application/timestamp-query}). Asks for a token
 * over the seal hash with a random nonce and the signing certificate included, checks the
 * response against the request (status, nonce, imprint) and the token's own signature, and only
 * then returns a TSA time source. Anything else falls back to device time with a code.
 */
public final class Rfc3161TimeStamper implements TimeStamper {
    /** Responses larger than this are refused (real ones are a few KiB). */
    public static final int MAX_RESPONSE_BYTES = 256 * 1024;
    private final URI url;
    private final Duration timeout;
    private final HttpClient http;
    private final SecureRandom random = new SecureRandom();

    public Rfc3161TimeStamper(URI url, Duration timeout) {
        this.url = url;
        this.timeout = timeout;
        this.http = HttpClient.newBuilder().connectTimeout(timeout).followRedirects(HttpClient.Redirect.NEVER).build();
    }

    @Override
    public Outcome stamp(String sealHashHex) {
        byte[] imprint = Hex.decode(sealHashHex);
        TimeStampRequestGenerator gen = new TimeStampRequestGenerator();
        gen.setCertReq(true);
        TimeStampRequest request = gen.generate(TSPAlgorithms.SHA256, imprint, new BigInteger(64, random));
        byte[] body;
        try {
            body = post(request.getEncoded());
        } catch (IOException e) {
            return device(Outcome.TSA_UNREACHABLE, "the time-stamp authority " + url + " could not be reached (" + e.getMessage() + "); device time only");
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return device(Outcome.TSA_UNREACHABLE, "interrupted while waiting for " + url + "; device time only");
        }
        TimeStampToken token;
        try {
            TimeStampResponse response = new TimeStampResponse(body);
            if (response.getStatus() > 1) {
                return device(Outcome.TSA_REJECTED, "the time-stamp authority refused the request (status " + response.getStatus()
                        + ": " + response.getStatusString() + "); device time only");
            }
            response.validate(request);
            token = response.getTimeStampToken();
        } catch (TSPException | IOException | RuntimeException e) {
            return device(Outcome.TSA_RESPONSE_INVALID, "the time-stamp authority's answer is not a valid response to this request ("
                    + e.getMessage() + "); device time only");
        }
        try {
            byte[] der = token.getEncoded();
            TsaTokenInfo info = TsaTokenVerifier.verify(der, imprint);
            return new Outcome(TimeSource.tsa(der, info.genTime(), info.policy(), info.serial()), Outcome.TSA_OK,
                    "time-stamped " + info.genTime() + " by " + info.certSubject());
        } catch (TsaTokenException | IOException e) {
            return device(Outcome.TSA_RESPONSE_INVALID, "the time-stamp token does not verify (" + e.getMessage() + "); device time only");
        }
    }

    private byte[] post(byte[] query) throws IOException, InterruptedException {
        HttpRequest req = HttpRequest.newBuilder(url).timeout(timeout)
                .header("Content-Type", "application/timestamp-query")
                .POST(HttpRequest.BodyPublishers.ofByteArray(query)).build();
        HttpResponse<InputStream> resp = http.send(req, HttpResponse.BodyHandlers.ofInputStream());
        try (InputStream in = resp.body()) {
            if (resp.statusCode() != 200) {
                throw new IOException("HTTP status " + resp.statusCode());
            }
            byte[] body = in.readNBytes(MAX_RESPONSE_BYTES + 1);
            if (body.length > MAX_RESPONSE_BYTES) {
                throw new IOException("response larger than " + MAX_RESPONSE_BYTES + " bytes");
            }
            return body;
        }
    }

    private static Outcome device(String code, String detail) {
        return new Outcome(TimeSource.device(), code, detail);
    }
}
