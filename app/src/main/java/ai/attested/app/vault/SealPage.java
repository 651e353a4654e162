package ai.attested.app.vault;

import java.util.List;

/** One page of a search: {@code total} matches in all, {@code seals} from {@code offset}, newest first. */
public record SealPage(long total, long offset, List<StoredSeal> seals) {
    public SealPage {
        seals = List.copyOf(seals);
    }
}
