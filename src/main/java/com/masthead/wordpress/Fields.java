package com.masthead.wordpress;

import java.util.HashMap;
import java.util.Map;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;

/** The child elements of the element just started, by local name, with their text (the last one of a name wins). */
final class Fields {

    private final Map<String, String> values = new HashMap<>();

    Fields(WxrReader reader) throws XMLStreamException {
        XMLStreamReader xml = reader.xml();
        while (true) {
            int event = xml.next();
            if (event == XMLStreamConstants.END_ELEMENT) {
                return;
            }
            if (event == XMLStreamConstants.START_ELEMENT) {
                String name = xml.getLocalName();
                values.put(name, reader.text());
            } else if (event == XMLStreamConstants.ENTITY_REFERENCE) {
                throw WxrReader.refused("wordpress.wxr.dtd");
            }
        }
    }

    /** The text, or null when absent or empty. */
    String get(String name) {
        String value = values.get(name);
        return value == null || value.isEmpty() ? null : value;
    }

    long number(String name) {
        String value = get(name);
        if (value == null || !value.matches("\\d{1,18}")) {
            return 0;
        }
        return Long.parseLong(value);
    }
}
