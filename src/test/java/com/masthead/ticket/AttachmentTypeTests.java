package com.masthead.ticket;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class AttachmentTypeTests {

    @Test
    void recognisesAcceptedTypesByTheirBytes() {
        assertThat(AttachmentType.sniff(TicketFixtures.pdf())).hasValue(AttachmentType.PDF);
        assertThat(AttachmentType.sniff(TicketFixtures.png())).hasValue(AttachmentType.PNG);
        assertThat(AttachmentType.sniff(new byte[] {(byte) 0xff, (byte) 0xd8, (byte) 0xff, 0}))
                .hasValue(AttachmentType.JPEG);
        assertThat(AttachmentType.sniff(ascii("GIF89a...."))).hasValue(AttachmentType.GIF);
        assertThat(AttachmentType.sniff(ascii("RIFF\0\0\0\0WEBPVP8 "))).hasValue(AttachmentType.WEBP);
    }

    @Test
    void refusesEverythingElseWhateverItClaimsToBe() {
        assertThat(AttachmentType.sniff(TicketFixtures.html())).isEmpty();
        assertThat(AttachmentType.sniff(ascii("<svg onload=alert(1)>"))).isEmpty();
        assertThat(AttachmentType.sniff(ascii("PK\3\4 a zip"))).isEmpty();
        assertThat(AttachmentType.sniff(ascii(" %PDF-1.4"))).isEmpty();
        assertThat(AttachmentType.sniff(new byte[0])).isEmpty();
        assertThat(AttachmentType.sniff(ascii("RIFF"))).isEmpty();
    }

    private static byte[] ascii(String text) {
        return text.getBytes(StandardCharsets.ISO_8859_1);
    }
}
