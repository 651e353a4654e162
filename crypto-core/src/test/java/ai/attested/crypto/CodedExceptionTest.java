package ai.attested.crypto;

import static org.assertj.core.api.Assertions.assertThat;

import ai.attested.crypto.json.JsonError;
import ai.attested.crypto.json.JsonFormatException;
import ai.attested.crypto.merkle.ProofException;
import ai.attested.crypto.note.NoteException;
import org.junit.jupiter.api.Test;

class CodedExceptionTest {

    @Test
    void sentenceRefusalKeepsTheSentenceAsItsMessageAndPrintsTheCodeFirst() {
        IllegalStateException cause = new IllegalStateException("inner");
        CodedException e = new JsonFormatException(JsonError.TOO_DEEP, "nested too deep", cause);

        assertThat(e.codeName()).isEqualTo("TOO_DEEP");
        assertThat(e.sentence()).isEqualTo("nested too deep");
        assertThat(e.getMessage()).isEqualTo("nested too deep");
        assertThat(e.getCause()).isSameAs(cause);
        assertThat(e).hasToString("TOO_DEEP: nested too deep");
    }

    @Test
    void proofAndNoteRefusalsKeepTheCodeInTheirMessageButNotInTheSentence() {
        CodedException proof = new ProofException(ProofException.Code.PROOF_MALFORMED, "index beyond size");
        CodedException note = new NoteException(NoteException.Code.NOTE_UNVERIFIED, "no known key signed it");

        assertThat(proof.getMessage()).isEqualTo("PROOF_MALFORMED: index beyond size");
        assertThat(proof.sentence()).isEqualTo("index beyond size");
        assertThat(proof).hasToString("PROOF_MALFORMED: index beyond size");
        assertThat(note.codeName()).isEqualTo("NOTE_UNVERIFIED");
        assertThat(note.getMessage()).isEqualTo("NOTE_UNVERIFIED: no known key signed it");
        assertThat(note.sentence()).isEqualTo("no known key signed it");
    }
}
