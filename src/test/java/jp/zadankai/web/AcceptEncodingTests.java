package jp.zadankai.web;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Gzip goes to clients that name the gzip coding with a weight above zero (RFC 9110 12.5.3), and to no others. */
class AcceptEncodingTests {

    @ParameterizedTest
    @ValueSource(strings = {"gzip", "gzip, deflate, br", "br, GZIP", " gzip ", "gzip;q=1", "gzip; q=0.5",
            "br;q=1, gzip;q=0.001", ", gzip", ";, gzip"})
    void gzipNamedWithAWeightAboveZeroIsAccepted(String acceptEncoding) {
        assertThat(PageHandler.acceptsGzip(acceptEncoding)).isTrue();
    }

    @ParameterizedTest
    @ValueSource(strings = {"", ";", "br, ;", ",,", "identity", "nogzip", "gzipx", "x-gzip2", "gzip;q=0",
            "gzip;Q=0", "gzip; q=0.000", "gzip;q = 0.0", "br, gzip;q=0"})
    void anythingElseIsServedUncompressed(String acceptEncoding) {
        assertThat(PageHandler.acceptsGzip(acceptEncoding)).isFalse();
    }
}
