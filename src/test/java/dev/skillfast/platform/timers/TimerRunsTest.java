package dev.skillfast.platform.timers;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.logging.Handler;
import java.util.logging.Level;
import java.util.logging.LogRecord;
import java.util.logging.Logger;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import dev.skillfast.testing.MutableClock;

/** A timer's failure is logged at WARNING with an error id and counted, never swallowed. */
class TimerRunsTest {

    private final MutableClock clock = new MutableClock();
    private final TimerRuns runs = new TimerRuns(clock);
    private final List<LogRecord> logged = new ArrayList<>();
    private final Logger logger = Logger.getLogger(TimerRuns.class.getName());
    private final Handler handler = new Handler() {
        @Override
        public void publish(LogRecord record) {
            logged.add(record);
        }

        @Override
        public void flush() {
        }

        @Override
        public void close() {
        }
    };

    @BeforeEach
    void listen() {
        logger.addHandler(handler);
        logger.setUseParentHandlers(false); // the failures are expected: kept out of the build's console
    }

    @AfterEach
    void stop() {
        logger.removeHandler(handler);
        logger.setUseParentHandlers(true);
    }

    @Test
    void aFailureIsLoggedAtWarningWithAnErrorIdAndCounted() {
        assertThat(runs.run("sweep", () -> {
            throw new IllegalStateException("database down");
        })).isFalse();
        TimerRuns.TimerStats stats = runs.snapshot().get("sweep");
        assertThat(stats.failures()).isEqualTo(1);
        assertThat(stats.failuresInARow()).isEqualTo(1);
        assertThat(stats.lastErrorId()).isNotBlank();
        assertThat(logged).singleElement().satisfies(r -> {
            assertThat(r.getLevel()).isEqualTo(Level.WARNING);
            assertThat(r.getThrown()).hasMessage("database down");
            assertThat(r.getMessage()).contains("sweep", stats.lastErrorId());
        });
    }

    @Test
    void theSameFailureAgainLogsOneLineAndASuccessEndsTheRun() {
        for (int i = 0; i < 3; i++) {
            runs.run("sweep", () -> {
                throw new IllegalStateException("database down");
            });
        }
        assertThat(logged).hasSize(3).allSatisfy(r -> assertThat(r.getLevel()).isEqualTo(Level.WARNING));
        assertThat(logged.get(1).getThrown()).as("the stack trace once").isNull();
        assertThat(logged.get(2).getMessage()).contains("3 in a row", runs.snapshot().get("sweep").lastErrorId());
        assertThat(runs.run("sweep", () -> { })).isTrue();
        TimerRuns.TimerStats stats = runs.snapshot().get("sweep");
        assertThat(stats.failures()).isEqualTo(3);
        assertThat(stats.failuresInARow()).isZero();
        assertThat(stats.completed()).isEqualTo(1);
        assertThat(stats.lastSuccessAt()).isEqualTo(clock.instant());
    }

    @Test
    void aPartOfABeatThatFailsIsCountedAgainstItsTimer() {
        runs.partFailed("billing-sweep", new IllegalStateException("one batch"));
        assertThat(runs.snapshot().get("billing-sweep").failures()).isEqualTo(1);
        assertThat(logged).singleElement().satisfies(r -> assertThat(r.getLevel()).isEqualTo(Level.WARNING));
    }
}
