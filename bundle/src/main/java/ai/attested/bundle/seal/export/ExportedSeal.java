package ai.attested.bundle.seal.export;

import ai.attested.bundle.seal.FolderListing;
import ai.attested.bundle.seal.Seal;
import java.util.Optional;

/** One seal to put in a VerifiedBundle with what travels beside it. */
public record ExportedSeal(Seal seal, byte[] cardPng, Optional<FolderListing> folderListing, Optional<InclusionProofFile> inclusion) {
    public ExportedSeal {
        if (folderListing.isPresent() != (seal.subject().folder() != null)) {
            throw new IllegalArgumentException("a folder seal is exported with its listing, and only a folder seal");
        }
        if (cardPng.length == 0) {
            throw new IllegalArgumentException("the card PNG is empty");
        }
    }
}
