package dev.skillfast.platform.mongo.embedded;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.zip.ZipOutputStream;

import org.h2.mvstore.MVStore;

import de.bwaldvogel.mongo.MongoServer;

/**
 * The embedded MongoDB default: mongo-java-server with the tuned H2 file backend
 * ({@link EmbeddedH2Backend}), listening on a free loopback port only. Data lives in one H2 file under
 * the data folder and survives a clean restart; a killed process may lose its last second of writes
 * (see the package notes).
 */
public final class EmbeddedMongo implements AutoCloseable {

    static final String FILE_NAME = "skillfast-mongo.mv.db";

    private final Path file;
    private final EmbeddedH2Backend backend;
    private final MongoServer server;
    private final InetSocketAddress address;

    private EmbeddedMongo(Path file, EmbeddedH2Backend backend, MongoServer server, InetSocketAddress address) {
        this.file = file;
        this.backend = backend;
        this.server = server;
        this.address = address;
    }

    /** Opens (or creates) the store in {@code dataDir} and starts listening on 127.0.0.1. */
    public static EmbeddedMongo start(Path dataDir) {
        try {
            Files.createDirectories(dataDir);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot create the data folder " + dataDir.toAbsolutePath(), e);
        }
        Path file = dataDir.resolve(FILE_NAME).toAbsolutePath();
        EmbeddedH2Backend backend = new EmbeddedH2Backend(file.toString());
        MongoServer server = new MongoServer(backend);
        try {
            server.bind(new InetSocketAddress("127.0.0.1", 0));
        } catch (RuntimeException e) {
            server.shutdownNow();
            throw e;
        }
        return new EmbeddedMongo(file, backend, server, server.getLocalAddress());
    }

    public String connectionString() {
        return "mongodb://" + address.getHostString() + ":" + address.getPort();
    }

    public Path file() {
        return file;
    }

    /**
     * Writes what the store holds in memory to its file now, instead of at H2's next auto-commit (about a
     * second later): for the few writes that must survive a killed process once acknowledged to someone
     * outside (a payment provider's webhook).
     */
    public void commit() {
        backend.commit();
    }

    /**
     * Writes a consistent snapshot of the store, as it is at this moment, to {@code out} as a zip holding
     * the store's file, while the store stays open and in use: H2's own online backup of an MVStore
     * ({@code FileStore.backup}, what H2's BACKUP TO does), after a commit of what is in memory.
     */
    public void backupTo(OutputStream out) throws IOException {
        MVStore store = backend.getMvStore();
        store.commit();
        try (ZipOutputStream zip = new ZipOutputStream(out)) {
            store.getFileStore().backup(zip);
        }
    }

    /** Stops listening and closes the H2 store, which commits what is still pending. */
    @Override
    public void close() {
        server.shutdown();
    }
}
