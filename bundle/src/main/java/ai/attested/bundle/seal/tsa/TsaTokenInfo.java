package ai.attested.bundle.seal.tsa;

/**
 * What a verified RFC 3161 token says: its time (ISO ms Z, truncated), policy OID, serial
 * (decimal), and the signing certificate's subject and SHA-256 fingerprint of its DER — the
 * fingerprint is what an auditor compares against the TSA's published certificate.
 */
public record TsaTokenInfo(String genTime, String policy, String serial, String certSubject, String certSha256) {
}
