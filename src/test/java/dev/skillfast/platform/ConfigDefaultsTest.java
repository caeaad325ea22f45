package dev.skillfast.platform;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.OptionalInt;
import java.util.OptionalLong;
import java.util.Properties;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaCodeUnit;
import com.tngtech.archunit.core.domain.JavaField;
import com.tngtech.archunit.core.domain.JavaParameter;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;

/**
 * Configuration defaults live in one place, {@code META-INF/microprofile-config.properties}: no
 * {@code @ConfigProperty} repeats one in a {@code defaultValue}, and every key the code reads is in the
 * file — with its default, or commented out when it has none (only an {@code Optional} may go unset).
 */
class ConfigDefaultsTest {

    private static final Path DEFAULTS = Path.of("src/main/resources/META-INF/microprofile-config.properties");
    private static final Path SERVER_XML = Path.of("server.xml");
    private static final Pattern DOCUMENTED_UNSET = Pattern.compile("(?m)^#\\s*(skillfast\\.[A-Za-z0-9.-]+)\\s*=");
    private static final Set<Class<?>> OPTIONALS = Set.of(Optional.class, OptionalInt.class, OptionalLong.class,
            OptionalDouble.class);

    /** One {@code @ConfigProperty} injection point. */
    record ConfigRead(String where, String key, String defaultValue, boolean optional) {

        boolean hasDefaultValue() {
            return !ConfigProperty.UNCONFIGURED_VALUE.equals(defaultValue);
        }
    }

    private static List<ConfigRead> reads;
    private static Properties defaults;
    private static Set<String> documentedUnset;

    @BeforeAll
    static void readCodeAndFile() throws IOException {
        reads = new ArrayList<>();
        for (JavaClass type : new ClassFileImporter().withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPackages("dev.skillfast")) {
            for (JavaField field : type.getFields()) {
                field.tryGetAnnotationOfType(ConfigProperty.class).ifPresent(annotation ->
                        reads.add(read(field.getFullName(), annotation, field.getRawType())));
            }
            for (JavaCodeUnit unit : type.getCodeUnits()) {
                for (JavaParameter parameter : unit.getParameters()) {
                    parameter.tryGetAnnotationOfType(ConfigProperty.class).ifPresent(annotation ->
                            reads.add(read(unit.getFullName() + " parameter " + parameter.getIndex(), annotation,
                                    parameter.getRawType())));
                }
            }
        }
        defaults = new Properties();
        try (Reader in = Files.newBufferedReader(DEFAULTS, StandardCharsets.UTF_8)) {
            defaults.load(in);
        }
        documentedUnset = new TreeSet<>();
        Matcher commented = DOCUMENTED_UNSET.matcher(Files.readString(DEFAULTS));
        while (commented.find()) {
            documentedUnset.add(commented.group(1));
        }
    }

    private static ConfigRead read(String where, ConfigProperty annotation, JavaClass type) {
        return new ConfigRead(where, annotation.name(), annotation.defaultValue(),
                OPTIONALS.stream().anyMatch(type::isEquivalentTo));
    }

    @Test
    void theCodeReadsConfiguration() {
        assertThat(reads).as("@ConfigProperty injection points found").hasSizeGreaterThan(40);
    }

    @Test
    void noInjectionPointCarriesADefault() {
        assertThat(reads).allSatisfy(read -> assertThat(read.hasDefaultValue())
                .as("%s has defaultValue \"%s\": defaults belong in %s", read.where(), read.defaultValue(), DEFAULTS)
                .isFalse());
    }

    @Test
    void everyKeyIsNamedExplicitly() {
        assertThat(reads).as("a key derived from the class and field name is a key nobody can find")
                .allSatisfy(read -> assertThat(read.key()).as(read.where()).isNotBlank());
    }

    @Test
    void everyKeyReadIsInTheFile() {
        assertThat(reads).allSatisfy(read -> {
            if (read.optional()) {
                assertThat(defaults.containsKey(read.key()) || documentedUnset.contains(read.key()))
                        .as("%s reads %s: set it in %s, or list it there commented out ('#%s=')", read.where(),
                                read.key(), DEFAULTS, read.key())
                        .isTrue();
            } else {
                assertThat(defaults.getProperty(read.key())).as("%s reads %s: its default belongs in %s",
                        read.where(), read.key(), DEFAULTS).isNotBlank();
            }
        });
    }

    @Test
    void everyKeyInTheFileIsRead() {
        Set<String> readKeys = new TreeSet<>();
        reads.forEach(read -> readKeys.add(read.key()));
        Set<String> inFile = new TreeSet<>(documentedUnset);
        defaults.stringPropertyNames().stream().filter(key -> key.startsWith("skillfast.")).forEach(inFile::add);
        assertThat(inFile).as("keys in %s that no code reads", DEFAULTS).isSubsetOf(readKeys);
    }

    @Test
    void portsDefaultAsServerXmlDoes() throws IOException {
        Map<String, String> variables = new TreeMap<>();
        Matcher variable = Pattern.compile("<variable name=\"([^\"]+)\" defaultValue=\"([^\"]*)\"/>")
                .matcher(Files.readString(SERVER_XML));
        while (variable.find()) {
            variables.put(variable.group(1), variable.group(2));
        }
        assertThat(variables).containsKeys("skillfast.http.port", "skillfast.https.port");
        variables.forEach((key, value) -> {
            if (defaults.containsKey(key)) {
                assertThat(defaults.getProperty(key)).as("%s in %s and in %s", key, DEFAULTS, SERVER_XML)
                        .isEqualTo(value);
            }
        });
    }
}
