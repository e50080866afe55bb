package com.masthead.architecture;

import static org.assertj.core.api.Assertions.assertThat;

import com.masthead.MastheadApplication;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.springframework.modulith.core.ApplicationModule;
import org.springframework.modulith.core.ApplicationModules;

/**
 * The module table of {@code docs/architecture.md} is checked against the code as Spring Modulith sees it: the
 * same modules, and for each the modules it uses directly. When this fails, the message holds the graph to copy.
 */
class ModuleTableTests {

    private static final Path ARCHITECTURE = Path.of("docs/architecture.md");
    private static final Pattern ROW = Pattern.compile("^\\| `(\\w+)` \\|[^|]*\\| ([^|]*) \\|[^|]*\\|\\s*$");
    private static final Pattern NAME = Pattern.compile("`(\\w+)`");

    @Test
    void theArchitectureDocumentListsEveryModuleWithTheModulesItUses() throws IOException {
        Map<String, Set<String>> code = graph(ApplicationModules.of(MastheadApplication.class, new MainClassesOnly()));

        assertThat(documented())
                .as("docs/architecture.md module table (module -> uses); the code's graph is:%n%s", describe(code))
                .isEqualTo(code);
    }

    static Map<String, Set<String>> graph(ApplicationModules modules) {
        Map<String, Set<String>> graph = new TreeMap<>();
        for (ApplicationModule module : modules) {
            graph.put(
                    module.getName(),
                    module.getDirectDependencies(modules)
                            .uniqueModules()
                            .map(ApplicationModule::getName)
                            .filter(name -> !name.equals(module.getName()))
                            .collect(Collectors.toCollection(TreeSet::new)));
        }
        return graph;
    }

    private static Map<String, Set<String>> documented() throws IOException {
        Map<String, Set<String>> table = new TreeMap<>();
        for (String line : Files.readAllLines(ARCHITECTURE)) {
            Matcher row = ROW.matcher(line);
            if (row.matches()) {
                Set<String> uses = new TreeSet<>();
                Matcher name = NAME.matcher(row.group(2));
                while (name.find()) {
                    uses.add(name.group(1));
                }
                table.put(row.group(1), uses);
            }
        }
        return table;
    }

    private static String describe(Map<String, Set<String>> graph) {
        return graph.entrySet().stream()
                        .map(e -> "| `" + e.getKey() + "` | " + uses(e.getValue()) + " |")
                        .collect(Collectors.joining("\n"))
                + "\n(" + graph.values().stream().mapToInt(Set::size).sum() + " edges)";
    }

    private static String uses(Set<String> modules) {
        return modules.isEmpty()
                ? "–"
                : Arrays.stream(modules.toArray(String[]::new))
                        .map(m -> "`" + m + "`")
                        .collect(Collectors.joining(", "));
    }
}
