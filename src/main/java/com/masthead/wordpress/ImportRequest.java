package com.masthead.wordpress;

import java.nio.file.Path;

/**
 * One import to run: the WXR file (a temporary copy the import deletes when it ends, unless {@code keepFiles}),
 * its name as uploaded, where the old site's uploads are (a directory, or a zip of it, or neither; may be null),
 * and who started it.
 */
public record ImportRequest(
        Path wxr, String fileName, Path uploadsDirectory, Path uploadsZip, String startedBy, boolean keepFiles) {}
