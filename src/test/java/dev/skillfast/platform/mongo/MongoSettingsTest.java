package dev.skillfast.platform.mongo;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Duration;
import java.util.Optional;

import org.junit.jupiter.api.Test;

class MongoSettingsTest {

    private static MongoSettings withUri(Optional<String> uri) {
        return new MongoSettings(uri, "skillfast", Path.of("data"), false, Duration.ofSeconds(5));
    }

    @Test
    void noUriMeansTheEmbeddedDefault() {
        assertThat(withUri(Optional.empty()).mode()).isEqualTo(DatabaseMode.EMBEDDED);
    }

    @Test
    void aBlankUriCountsAsNone() {
        assertThat(withUri(Optional.of("   ")).mode()).isEqualTo(DatabaseMode.EMBEDDED);
    }

    @Test
    void aUriMeansAnExternalMongoDb() {
        MongoSettings settings = withUri(Optional.of(" mongodb://db.internal:27017 "));
        assertThat(settings.mode()).isEqualTo(DatabaseMode.EXTERNAL);
        assertThat(settings.uri()).contains("mongodb://db.internal:27017");
    }
}
