package coop.market.serverconfig;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

/** The server configuration keeps its promises: known features, both databases, no secrets. */
class ServerConfigTest {

    private static final Path CONFIG = Path.of("src/main/liberty/config");

    @Test
    void usesOnlyTheFeaturesTheApplicationNeeds() throws Exception {
        Set<String> expected = Set.of("faces-4.0", "restfulWS-3.1", "jsonb-3.0", "jsonp-2.1", "cdi-4.0",
                "persistence-3.1", "beanValidation-3.0", "appSecurity-5.0", "mpConfig-3.1", "mpOpenAPI-4.0",
                "mpHealth-4.0", "concurrent-3.0", "mail-2.1", "localConnector-1.0");
        assertEquals(expected, Set.copyOf(texts(read("server.xml"), "feature")));
    }

    @Test
    void hasADatasourceForEachDatabaseKind() throws Exception {
        for (String kind : List.of("h2", "postgresql")) {
            Document include = read("datasource-" + kind + ".xml");
            Element dataSource = (Element) include.getElementsByTagName("dataSource").item(0);
            assertEquals("jdbc/coopmarket", dataSource.getAttribute("jndiName"), kind);
        }
        String server = Files.readString(CONFIG.resolve("server.xml"));
        assertTrue(server.contains("datasource-${db.kind}.xml"), "the include follows DB_KIND");
        assertTrue(server.contains("name=\"db.kind\" defaultValue=\"h2\""), "embedded by default");
    }

    @Test
    void keepsNoSecrets() throws Exception {
        try (var files = Files.list(CONFIG)) {
            for (Path file : files.filter(f -> f.toString().endsWith(".xml")).toList()) {
                String text = Files.readString(file);
                assertFalse(text.contains("quickStartSecurity"), file + ": no quick-start security");
                assertFalse(text.contains("basicRegistry"), file + ": users live in the database");
                for (String password : attributes(text, "password")) {
                    assertTrue(password.isEmpty() || password.startsWith("${"),
                            file + ": a password must come from the environment, found \"" + password + "\"");
                }
            }
        }
    }

    @Test
    void setsNoKeystorePasswordSoNoCertificateIsMadeAtFirstStart() throws Exception {
        // Liberty generates an RSA certificate (seconds of start-up) whenever a keystore password is
        // set; the server speaks plain HTTP behind a TLS proxy, so none is wanted.
        String environment = Files.readString(CONFIG.resolve("server.env"));
        assertFalse(environment.lines().anyMatch(line -> line.startsWith("keystore_password")));
        assertTrue(Files.readString(CONFIG.resolve("server.xml")).contains("httpsPort=\"-1\""));
    }

    private static List<String> attributes(String xml, String name) {
        List<String> values = new ArrayList<>();
        var matcher = java.util.regex.Pattern.compile("\\b" + name + "=\"([^\"]*)\"").matcher(xml);
        while (matcher.find()) {
            values.add(matcher.group(1));
        }
        return values;
    }

    private static Document read(String file) throws Exception {
        return DocumentBuilderFactory.newInstance().newDocumentBuilder().parse(CONFIG.resolve(file).toFile());
    }

    private static List<String> texts(Document document, String tag) {
        NodeList nodes = document.getElementsByTagName(tag);
        List<String> values = new ArrayList<>();
        for (int i = 0; i < nodes.getLength(); i++) {
            values.add(nodes.item(i).getTextContent().trim());
        }
        return values;
    }
}
