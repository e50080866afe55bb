package com.masthead.newsstandards;

import com.networknt.schema.Error;
import com.networknt.schema.InputFormat;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SpecificationVersion;
import java.io.IOException;
import java.io.InputStream;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.net.URL;
import java.util.List;
import javax.xml.XMLConstants;
import javax.xml.transform.stream.StreamSource;
import javax.xml.validation.SchemaFactory;
import javax.xml.validation.Validator;
import org.xml.sax.SAXException;

/**
 * The standards' own schemas, kept offline in {@code src/test/resources/newsstandards} (see its NOTICE.md): IPTC's
 * ninjs 2.1 JSON schema (checked with networknt's validator, formats asserted) and the NewsML-G2 2.33 XML schema.
 */
public final class StandardSchemas {

    private static final Schema NINJS = ninjsSchema();
    private static final javax.xml.validation.Schema NEWSML = newsMlSchema();

    private StandardSchemas() {}

    /** The ninjs schema's complaints about {@code json}; empty when it is valid. */
    public static List<String> ninjsErrors(String json) {
        return NINJS
                .validate(
                        json,
                        InputFormat.JSON,
                        context -> context.executionConfig(c -> c.formatAssertionsEnabled(true)))
                .stream()
                .map(Error::toString)
                .toList();
    }

    /** Validates {@code xml} against NewsML-G2 2.33; throws {@link SAXException} naming the first violation. */
    public static void validateNewsMl(String xml) throws SAXException, IOException {
        Validator validator = NEWSML.newValidator();
        validator.setProperty(XMLConstants.ACCESS_EXTERNAL_DTD, "");
        validator.setProperty(XMLConstants.ACCESS_EXTERNAL_SCHEMA, "");
        validator.validate(new StreamSource(new StringReader(xml)));
    }

    private static Schema ninjsSchema() {
        try (InputStream in = resource("ninjs-schema_2.1.json").openStream()) {
            return SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_2020_12)
                    .getSchema(in, InputFormat.JSON);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static javax.xml.validation.Schema newsMlSchema() {
        try {
            SchemaFactory factory = SchemaFactory.newInstance(XMLConstants.W3C_XML_SCHEMA_NS_URI);
            // the schema imports xml.xsd from its own folder; nothing is fetched from the network
            factory.setProperty(XMLConstants.ACCESS_EXTERNAL_SCHEMA, "file");
            factory.setProperty(XMLConstants.ACCESS_EXTERNAL_DTD, "");
            URL xsd = resource("NewsML-G2_2.33-spec-All-Power.xsd");
            return factory.newSchema(
                    new StreamSource(xsd.openStream(), xsd.toURI().toString()));
        } catch (SAXException | IOException | URISyntaxException e) {
            throw new IllegalStateException("cannot load the NewsML-G2 schema", e);
        }
    }

    private static URL resource(String name) {
        URL url = StandardSchemas.class.getResource("/newsstandards/" + name);
        if (url == null) {
            throw new IllegalStateException("missing test resource newsstandards/" + name);
        }
        return url;
    }
}
