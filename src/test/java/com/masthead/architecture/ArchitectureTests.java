package com.masthead.architecture;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.fields;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noFields;
import static java.util.stream.Collectors.toList;
import static org.assertj.core.api.Assertions.assertThat;

import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.lang.ArchRule;
import com.tngtech.archunit.library.GeneralCodingRules;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/** House rules that Spring Modulith does not check, over the main (not test) classes of {@code com.masthead}. */
class ArchitectureTests {

    private static final JavaClasses MAIN =
            new ClassFileImporter().withImportOption(new MainClassesOnly()).importPackages("com.masthead");

    @Test
    void noFieldIsAutowired() {
        ArchRule rule = noFields()
                .should()
                .beAnnotatedWith(Autowired.class)
                .because("dependencies come through the constructor into private final fields");

        rule.check(MAIN);
    }

    @Test
    void noClassUsesFieldInjectionOfAnyKind() {
        GeneralCodingRules.NO_CLASSES_SHOULD_USE_FIELD_INJECTION.check(MAIN);
    }

    @Test
    void noClassWritesToStandardStreamsOrPrintsStackTraces() {
        ArchRule rule = GeneralCodingRules.NO_CLASSES_SHOULD_ACCESS_STANDARD_STREAMS.because(
                "diagnostics go through the logger, never System.out, System.err or printStackTrace()");

        rule.check(MAIN);
    }

    @Test
    void webAdaptersNeverTouchPersistence() {
        ArchRule rule = noClasses()
                .that()
                .resideInAPackage("..web..")
                .should()
                .dependOnClassesThat()
                .resideInAPackage("org.springframework.jdbc..")
                .because("web types talk to module APIs and never see JDBC or database rows");

        rule.check(MAIN);
    }

    @Test
    void webAdaptersNeverUseRepositories() {
        ArchRule rule = noClasses()
                .that()
                .resideInAPackage("..web..")
                .should()
                .dependOnClassesThat()
                .haveSimpleNameEndingWith("Repository")
                .because("repositories are module internals; web adapters go through the module's services");

        rule.check(MAIN);
    }

    @Test
    void onlyRepositoriesHoldAJdbcClient() {
        ArchRule rule = fields().that()
                .haveRawType(JdbcClient.class)
                .should()
                .beDeclaredInClassesThat(JavaClass.Predicates.simpleNameEndingWith("Repository")
                        .or(JavaClass.Predicates.simpleNameStartingWith("Jdbc")))
                .because("SQL lives in repositories (or an adapter named for JDBC); services call their named methods");

        rule.check(MAIN);
    }

    @Test
    void noTwoTopLevelClassesShareAName() {
        Map<String, List<String>> byName = MAIN.stream()
                .filter(JavaClass::isTopLevelClass)
                .filter(c -> !c.getSimpleName().equals("package-info"))
                .collect(Collectors.groupingBy(
                        JavaClass::getSimpleName, TreeMap::new, Collectors.mapping(JavaClass::getName, toList())));
        byName.values().removeIf(names -> names.size() == 1);

        assertThat(byName)
                .as("classes sharing a simple name (one name, one meaning)")
                .isEmpty();
    }

    @Test
    void noMainSourceFileIsOverFiveHundredLines() throws IOException {
        Map<String, Long> large = new TreeMap<>();
        try (Stream<Path> files = Files.walk(Path.of("src/main/java"))) {
            for (Path file : files.filter(f -> f.toString().endsWith(".java")).toList()) {
                long lines;
                try (Stream<String> text = Files.lines(file)) {
                    lines = text.count();
                }
                if (lines > 500) {
                    large.put(file.toString(), lines);
                }
            }
        }

        assertThat(large)
                .as("source files over 500 lines (STYLE.md: split them)")
                .isEmpty();
    }

    @Test
    void noPackageIsNamedAfterATechnicalLayer() {
        ArchRule rule = noClasses()
                .should()
                .resideInAnyPackage("..controller..", "..service..", "..dao..")
                .because("packages are business capabilities, not layers (see STYLE.md)");

        rule.check(MAIN);
    }

    @Test
    void contentModulesNeverDependOnThePublicSite() {
        ArchRule rule = noClasses()
                .that()
                .resideInAnyPackage(
                        "com.masthead.article..",
                        "com.masthead.channel..",
                        "com.masthead.edition..",
                        "com.masthead.series..",
                        "com.masthead.media..",
                        "com.masthead.settings..")
                .should()
                .dependOnClassesThat()
                .resideInAPackage("com.masthead.site..")
                .because("the site renders the content modules; they must not know it exists");

        rule.check(MAIN);
    }
}
