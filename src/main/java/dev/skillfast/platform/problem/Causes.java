package dev.skillfast.platform.problem;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** Looking through a failure's chain of causes (frameworks wrap what the application threw). */
final class Causes {

    /** Deeper chains are cut here; a cause that refers back to an earlier one ends the chain. */
    private static final int MAX_DEPTH = 64;

    private Causes() {
    }

    /** {@code e} and its causes, outermost first. */
    static List<Throwable> chain(Throwable e) {
        List<Throwable> chain = new ArrayList<>();
        for (Throwable t = e; t != null && chain.size() < MAX_DEPTH && !chain.contains(t); t = t.getCause()) {
            chain.add(t);
        }
        return chain;
    }

    /** The first throwable of this type in the chain, {@code e} included. */
    static <T extends Throwable> Optional<T> find(Throwable e, Class<T> type) {
        return chain(e).stream().filter(type::isInstance).map(type::cast).findFirst();
    }
}
