package com.masthead.reprint;

import com.masthead.ticket.Contact;
import com.masthead.ticket.DeskRecord;
import java.time.LocalDate;
import java.util.List;

/** A stored reprint request as the repository reads it. */
record ReprintRequestRow(
        long id,
        String number,
        Contact contact,
        ReprintMedium medium,
        String intendedUse,
        List<ReprintArticle> articles,
        String language,
        DeskRecord<ReprintStatus> desk,
        String terms,
        LocalDate validFrom,
        LocalDate validUntil) {

    ReprintRequestRow withArticles(List<ReprintArticle> found) {
        return new ReprintRequestRow(
                id, number, contact, medium, intendedUse, found, language, desk, terms, validFrom, validUntil);
    }
}
