package ai.attested.app.seal;

import ai.attested.bundle.seal.FolderListing;
import ai.attested.bundle.seal.SealSubject;
import java.util.Optional;

/**
 * A hashed subject, ready for a seal draft. For a folder, the per-file listing that the vault
 * keeps beside the seal (the sealed content itself is never kept).
 */
public record HashedSubject(SealSubject subject, Optional<FolderListing> folderListing) {
    public HashedSubject {
        if (folderListing.isPresent() != (subject.folder() != null)) {
            throw new IllegalArgumentException("a folder subject comes with its listing, and only a folder subject");
        }
    }
}
