package com.masthead.archive;

import tools.jackson.core.json.JsonFactory;
import tools.jackson.databind.json.JsonMapper;

/** The archive's JSON: root values without a separator (the writer ends each line itself), UTF-8, no escaping of Chinese. */
final class ArchiveJson {

    private ArchiveJson() {}

    static JsonMapper mapper() {
        return JsonMapper.builder(
                        JsonFactory.builder().rootValueSeparator((String) null).build())
                .build();
    }
}
