package dev.skillfast.billing.domain;

import java.nio.file.Path;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.io.TempDir;

/** A test on a fresh {@link BillingFixture} (its own embedded store in a temporary folder) per test method. */
abstract class BillingFixtureTest {

    @TempDir
    Path dataDir;

    protected BillingFixture b;

    @BeforeEach
    void openFixture() {
        b = new BillingFixture(dataDir);
    }

    @AfterEach
    void closeFixture() {
        b.close();
    }
}
