package ai.attested.app;

import static org.assertj.core.api.Assertions.assertThat;

import ai.attested.bundle.zip.BundleReadException;
import ai.attested.bundle.zip.ZipError;
import org.junit.jupiter.api.Test;

class AppExceptionTest {

    @Test
    void passingKeepsTheRefusalsCodeAndPutsItsSentenceAfterTheContext() {
        BundleReadException refusal = new BundleReadException(ZipError.BUNDLE_NOT_ZIP, "the file is not a ZIP archive");

        AppException e = AppException.passing("cannot read x.zip as a bundle", refusal);

        assertThat(e.code()).isEqualTo("BUNDLE_NOT_ZIP");
        assertThat(e.getMessage()).isEqualTo("cannot read x.zip as a bundle: the file is not a ZIP archive");
        assertThat(e.getCause()).isSameAs(refusal);
    }
}
