package com.masthead.archive.web;

import com.masthead.archive.ExportJob;

/**
 * What the export page and its JSON show of the running or last export: {@code state} is {@code none} before any,
 * then {@code running}, {@code done} or {@code failed}; {@code download} is the archive's address once done.
 */
public record ExportView(String state, int percent, String line, String failure, String download) {

    static ExportView of(ExportJob job) {
        if (job == null) {
            return new ExportView("none", 0, "", null, null);
        }
        return new ExportView(
                job.state(),
                job.percent(),
                job.line(),
                job.failure(),
                job.done() ? ArchiveAdminController.PATH + "/exports/" + job.name() : null);
    }
}
