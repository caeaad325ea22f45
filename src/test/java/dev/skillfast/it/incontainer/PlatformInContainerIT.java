package dev.skillfast.it.incontainer;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.File;
import java.net.URI;
import java.net.URL;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Clock;
import java.time.ZoneOffset;
import java.util.ArrayList;

import jakarta.inject.Inject;
import jakarta.json.JsonObject;

import org.bson.Document;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.ShrinkWrap;
import org.jboss.shrinkwrap.api.asset.StringAsset;
import org.jboss.shrinkwrap.api.spec.JavaArchive;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import com.mongodb.ErrorCategory;
import com.mongodb.MongoWriteException;
import com.mongodb.client.MongoDatabase;

import dev.skillfast.it.ItServer;
import dev.skillfast.platform.mongo.DatabaseBootstrap;
import dev.skillfast.platform.mongo.DatabaseMode;
import dev.skillfast.platform.mongo.MongoProducer;

/**
 * The platform's CDI services inside the real server: the application's WAR plus a probe feature,
 * deployed by Arquillian next to the application under test. It gets a data folder of its own so the
 * two embedded stores never share a file.
 */
@ExtendWith(ArquillianExtension.class)
class PlatformInContainerIT {

    @Deployment
    static WebArchive deployment() {
        WebArchive war = ShrinkWrap.createFromZipFile(WebArchive.class,
                new File(System.getProperty("skillfast.it.war", "target/skillfast.war")));
        // The web shell's filters would answer Arquillian's own servlet with the web app.
        war.delete("WEB-INF/web.xml");
        // The application's own microprofile-config.properties (every default) stays; a second one in a
        // library, above the server's own settings (bootstrap properties, which name the application's data
        // folder), gives this copy a data folder and database of its own.
        JavaArchive ownStore = ShrinkWrap.create(JavaArchive.class, "incontainer-config.jar")
                .addAsManifestResource(new StringAsset("config_ordinal=600\nskillfast.data.dir=data-incontainer\n"
                        + "skillfast.mongodb.database=incontainer\n"), "microprofile-config.properties");
        return ShrinkWrap.create(WebArchive.class, "skillfast-incontainer.war")
                .merge(war)
                .addAsLibrary(ownStore)
                .addClasses(PlatformInContainerIT.class, ProbeIndexes.class, ProbeResource.class, ItServer.class)
                .addAsLibrary(jarOf(org.assertj.core.api.Assertions.class));
    }

    /** The jar a test library class was loaded from, to ship it inside the test archive. */
    private static File jarOf(Class<?> type) {
        try {
            return new File(type.getProtectionDomain().getCodeSource().getLocation().toURI());
        } catch (java.net.URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }

    @Inject
    MongoDatabase database;

    @Inject
    MongoProducer mongo;

    @Inject
    DatabaseBootstrap bootstrap;

    @Inject
    Clock clock;

    @Test
    void theProducedDatabaseIsTheEmbeddedOne() {
        assertThat(mongo.connection().mode()).isEqualTo(DatabaseMode.EMBEDDED);
        assertThat(database.getName()).isEqualTo("incontainer");
        database.getCollection("incontainer_notes").insertOne(new Document("_id", "n-" + System.nanoTime()));
        assertThat(database.getCollection("incontainer_notes").countDocuments()).isPositive();
    }

    @Test
    void everyFeaturesIndexesAreCreatedAtStartUp() {
        assertThat(bootstrap.initializer().isInitialised()).isTrue();
        assertThat(database.getCollection(ProbeIndexes.COLLECTION).listIndexes().into(new ArrayList<Document>()))
                .anySatisfy(index -> assertThat(index.get("key", Document.class)).containsKey("code"));

        String code = "c-" + System.nanoTime();
        var probes = database.getCollection(ProbeIndexes.COLLECTION);
        probes.insertOne(new Document("code", code));
        try {
            probes.insertOne(new Document("code", code));
            throw new AssertionError("the unique index did not refuse a duplicate");
        } catch (MongoWriteException e) {
            assertThat(ErrorCategory.fromErrorCode(e.getCode())).isEqualTo(ErrorCategory.DUPLICATE_KEY);
        }
    }

    @Test
    void theClockIsInjectableAndUtc() {
        assertThat(clock.getZone()).isEqualTo(ZoneOffset.UTC);
    }

    @Test
    @RunAsClient
    void aDomainExceptionBecomesItsProblem(@ArquillianResource URL base) throws Exception {
        HttpResponse<String> response = get(base, "api/probe/conflict");
        assertThat(response.statusCode()).isEqualTo(409);
        assertThat(response.headers().firstValue("Content-Type")).hasValueSatisfying(
                type -> assertThat(type).startsWith("application/problem+json"));
        JsonObject problem = (JsonObject) ItServer.parse(response.body());
        assertThat(problem.getString("type")).isEqualTo("urn:skillfast:problem:conflict");
        assertThat(problem.getString("detail")).isEqualTo("The e-mail address is already registered.");
    }

    @Test
    @RunAsClient
    void anUnexpectedFailureIs500WithAnErrorIdAndNoInternals(@ArquillianResource URL base) throws Exception {
        HttpResponse<String> response = get(base, "api/probe/bug");
        assertThat(response.statusCode()).isEqualTo(500);
        JsonObject problem = (JsonObject) ItServer.parse(response.body());
        assertThat(problem.getString("errorId")).matches("[0-9a-f-]{36}");
        assertThat(problem.getString("detail")).contains(problem.getString("errorId"));
        assertThat(response.body()).doesNotContain("secret").doesNotContain("IllegalStateException")
                .doesNotContain("dev.skillfast").doesNotContain("\tat ");
    }

    private static HttpResponse<String> get(URL base, String path) throws Exception {
        URI uri = base.toURI().resolve(path);
        return HttpClient.newHttpClient().send(HttpRequest.newBuilder(uri).GET().build(),
                HttpResponse.BodyHandlers.ofString());
    }
}
