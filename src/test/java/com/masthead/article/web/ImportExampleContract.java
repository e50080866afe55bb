package com.masthead.article.web;

import static org.assertj.core.api.Assertions.assertThat;

import com.masthead.support.SiteClient;
import java.io.IOException;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/**
 * The worked import example in docs/api.md is run as written: every curl command of its shell block is sent with
 * exactly its JSON body, the ids it captures with {@code jq} are put into the later commands, and the published
 * article shows what the text says it shows.
 */
interface ImportExampleContract extends SiteClient {

    /** {@code [VAR=$(]curl -sf -X METHOD "$API/path" -H "$AUTH" -H "$JSON" \ -d '<json>'[ | jq -r .field)]}. */
    Pattern COMMAND = Pattern.compile(
            "(?:(\\w+)=\\$\\()?curl -sf -X (POST|PUT) \"\\$API([^\"]*)\" -H \"\\$AUTH\" -H \"\\$JSON\" \\\\\\n\\s*"
                    + "-d '((?:'\"\\$\\w+\"'|[^'])*)'(?: \\| jq -r \\.(\\w+)\\))?");

    Pattern VARIABLE = Pattern.compile("'\"\\$(\\w+)\"'|\\$(\\w+)");

    @Test
    default void theWorkedImportExampleRunsAsWritten() throws IOException {
        String example = shellBlock(Files.readString(Path.of("docs/api.md"), StandardCharsets.UTF_8));
        Map<String, String> variables = new HashMap<>();
        Matcher command = COMMAND.matcher(example);
        int commands = 0;
        while (command.find()) {
            commands++;
            HttpResponse<String> response = api(command.group(2), "/api/v1" + fill(command.group(3), variables))
                    .body(fill(command.group(4), variables))
                    .send();
            assertThat(response.statusCode()).as(command.group()).isIn(200, 201);
            if (command.group(1) != null) {
                variables.put(
                        command.group(1),
                        parse(response.body()).get(command.group(5)).asString());
            }
        }
        assertThat(commands).isEqualTo(7);

        JsonNode article =
                api("GET", "/api/v1/articles/" + variables.get("ARTICLE")).json();
        assertThat(article.get("content").get("bylines").get(0).get("suffix").asString())
                .isEqualTo("整理");
        assertThat(article.get("content").get("pageId").asString()).isEqualTo(variables.get("PAGE"));
        Document page = page(variables.get("URL"));
        assertThat(page.select(".bylines .byline").eachText()).containsExactly("本报记者 丁莹 整理", "通讯员 王芳");
        assertThat(page.selectFirst(".series-label a").text()).isEqualTo("【《中国质量报》质量之光年度人物事迹摘登（一）】");
        assertThat(page.select(".print-line").text()).contains("A03");
        assertThat(page.select(".responsible-editor").text()).contains("林责编");
    }

    private static String shellBlock(String apiDoc) {
        String section = apiDoc.substring(apiDoc.indexOf("## Worked example: importing a print article"));
        int start = section.indexOf("```sh\n") + 6;
        return section.substring(start, section.indexOf("```", start));
    }

    private static String fill(String text, Map<String, String> variables) {
        Matcher v = VARIABLE.matcher(text);
        StringBuilder filled = new StringBuilder();
        while (v.find()) {
            String name = v.group(1) != null ? v.group(1) : v.group(2);
            assertThat(variables).as("$" + name + " is set before it is used").containsKey(name);
            v.appendReplacement(filled, Matcher.quoteReplacement(variables.get(name)));
        }
        return v.appendTail(filled).toString();
    }
}
