package com.masthead.edition;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class NewspaperPageTests {

    @Test
    void aNameThatOnlyRepeatsTheNumberIsNotShownTwice() {
        assertThat(page(3, "第三版", null).distinctName()).isEmpty();
        assertThat(page(3, "第3版", null).distinctName()).isEmpty();
        assertThat(page(12, "第十二版", null).distinctName()).isEmpty();
        assertThat(page(3, "A03", "A03").distinctName()).isEmpty();
    }

    @Test
    void aRealPageNameIsKept() {
        assertThat(page(3, "产业观察", "A03").distinctName()).isEqualTo("产业观察");
        assertThat(page(1, "要闻", null).distinctName()).isEqualTo("要闻");
        // a name that names another page is the editor's business, not a repetition
        assertThat(page(3, "第四版", null).distinctName()).isEqualTo("第四版");
    }

    @Test
    void theDraftCleansLabelSectionAndEditor() {
        PageDraft d = new PageDraft(3, " 产业观察 ", " a03 ", "  ", " 李岩 ");

        assertThat(d.label()).isEqualTo("A03");
        assertThat(d.section()).isNull();
        assertThat(d.editor()).isEqualTo("李岩");
        assertThat(d.name()).isEqualTo("产业观察");
    }

    private static NewspaperPage page(int number, String name, String label) {
        return new NewspaperPage(1, 1, number, name, label, null, null, 0);
    }
}
