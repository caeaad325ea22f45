package dev.skillfast.platform;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Properties;

import jakarta.enterprise.context.ApplicationScoped;

/** The product's name and version, written into the build by Maven. */
@ApplicationScoped
public class BuildInfo {

    private final String name;
    private final String version;

    public BuildInfo() {
        Properties properties = new Properties();
        try (InputStream in = BuildInfo.class.getResourceAsStream("build.properties")) {
            if (in != null) {
                properties.load(in);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        name = properties.getProperty("name", "SkillFast");
        version = properties.getProperty("version", "unknown");
    }

    public String name() {
        return name;
    }

    public String version() {
        return version;
    }
}
