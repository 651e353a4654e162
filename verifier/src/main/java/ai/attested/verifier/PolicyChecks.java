package ai.attested.verifier;

import ai.attested.bundle.model.BundlePaths;
import ai.attested.bundle.model.EventType;
import ai.attested.bundle.model.MeasurementSpec;
import ai.attested.bundle.model.SchemaException;
import ai.attested.bundle.model.SubjectManifest;
import ai.attested.bundle.sign.CompositeHash;
import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

/**
 * V6: receipts and manifest name this policy; the subject manifest is the policy's baseline and
 * the receipts that claim the baseline carry it; every required event is present, and the last
 * receipt is BUNDLE_EXPORTED (docs/decisions/0030).
 */
final class PolicyChecks {
    private final Context ctx;

    PolicyChecks(Context ctx) {
        this.ctx = ctx;
    }

    void readSubject(ArtifactChecks files) {
        JsonNode json = files.parse(BundlePaths.SUBJECT_MANIFEST, ArtifactChecks.MAX_DOCUMENT_BYTES, 6, Codes.SUBJECT_SCHEMA_INVALID);
        if (json == null) {
            return;
        }
        try {
            ctx.subject = SubjectManifest.fromJson(json);
        } catch (SchemaException e) {
            ctx.add(6, Codes.SUBJECT_SCHEMA_INVALID, BundlePaths.SUBJECT_MANIFEST, "The subject manifest breaks the schema: " + e.getMessage() + ".");
        }
    }

    /** The composite the baseline receipts must carry, or null when the subject manifest is unusable. */
    String baseline() {
        return ctx.subject == null ? null : ctx.subject.compositeSubjectHash();
    }

    void check() {
        if (ctx.policy != null && ctx.manifest != null && !ctx.manifest.policyId().equals(ctx.policy.policyId())) {
            ctx.add(6, Codes.POLICY_MISMATCH, BundlePaths.MANIFEST, "The manifest names another policy.");
        }
        checkSubject();
        for (ReceiptSummary s : ctx.chain) {
            if (ctx.policy != null && !s.policyIdMatches) {
                ctx.add(6, Codes.POLICY_MISMATCH, s.path, "The receipt names another policy.");
            }
            boolean claimsBaseline = s.eventType == EventType.POLICY_LOADED || s.eventType == EventType.MEASUREMENT_OK;
            if (ctx.subject != null && claimsBaseline && !s.compositeIsBaseline) {
                ctx.add(6, Codes.SUBJECT_MISMATCH, s.path, "The receipt's composite hash is not the subject manifest's baseline.");
            }
        }
        Set<EventType> seen = EnumSet.noneOf(EventType.class);
        for (ReceiptSummary s : ctx.chain) {
            seen.add(s.eventType);
        }
        List<EventType> required = new ArrayList<>(ctx.policy == null ? List.of() : ctx.policy.requiredReceipts());
        if (!required.contains(EventType.BUNDLE_EXPORTED)) {
            required.add(EventType.BUNDLE_EXPORTED); // DESIGN.md §2.2: a bundle always ends in its export
        }
        for (EventType e : required) {
            boolean missing = !seen.contains(e);
            if (e == EventType.BUNDLE_EXPORTED) {
                // Only a final BUNDLE_EXPORTED counts: a truncated chain cannot end in a valid one.
                missing = ctx.chain.isEmpty() || ctx.chain.get(ctx.chain.size() - 1).eventType != EventType.BUNDLE_EXPORTED;
            }
            if (missing) {
                ctx.add(6, Codes.REQUIRED_EVENT_MISSING, e.name(), e == EventType.BUNDLE_EXPORTED
                        ? "The chain does not end with a BUNDLE_EXPORTED receipt."
                        : "The policy requires a " + e.name() + " receipt and there is none.");
            }
        }
    }

    private void checkSubject() {
        if (ctx.subject == null) {
            return;
        }
        List<String> digests = new ArrayList<>();
        List<String> paths = new ArrayList<>();
        for (SubjectManifest.Entry e : ctx.subject.entries()) {
            digests.add(e.sha256());
            paths.add(e.path());
        }
        if (!CompositeHash.ofHex(digests).equals(ctx.subject.compositeSubjectHash())) {
            ctx.add(6, Codes.SUBJECT_MISMATCH, BundlePaths.SUBJECT_MANIFEST,
                    "composite_subject_hash is not the hash of the entries' digests.");
        } else if (ctx.policy != null) {
            List<String> measured = new ArrayList<>();
            for (MeasurementSpec m : ctx.policy.measurementSet()) {
                measured.add(m.path());
            }
            if (!measured.equals(paths)) {
                ctx.add(6, Codes.SUBJECT_MISMATCH, BundlePaths.SUBJECT_MANIFEST,
                        "The subject manifest's entries are not the policy's measurement_set, in order.");
            }
        }
    }
}
