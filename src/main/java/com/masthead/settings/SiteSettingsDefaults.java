package com.masthead.settings;

import java.util.List;

/** What a new installation shows until an admin changes it. Deliberately generic: a placeholder newspaper. */
final class SiteSettingsDefaults {

    static final String NAME = "海川工业网";
    static final String TAGLINE = "海川工业日报社主办";
    static final String BASE_URL = "http://localhost:8080";
    static final String ORIGINAL_STATEMENT = "凡本网注明“来源：{site}”的所有作品，版权均属{site}所有，"
            + "未经书面授权，任何媒体、网站或个人不得转载、摘编或以其他方式使用。"
            + "如需转载，请通过本网“转载授权”申请，获准后须注明“来源：{site}”及作者。";
    static final String REPRINT_STATEMENT =
            "本文转载自{outlet}，原作者：{author}，原标题：《{title}》。" + "转载目的在于传递更多信息，文章观点仅代表作者本人，不代表{site}立场。" + "如涉及版权问题，请与本网联系。";
    static final List<String> FOOTER_LINES =
            List.of("主办：海川工业日报社（演示数据）", "地址：海川市示范路 1 号　邮编：000000", "备案号：演示ICP备00000000号");

    private SiteSettingsDefaults() {}
}
