package com.masthead.architecture;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static org.assertj.core.api.Assertions.assertThat;

import com.tngtech.archunit.base.DescribedPredicate;
import com.tngtech.archunit.core.domain.JavaAnnotation;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.domain.JavaMember;
import com.tngtech.archunit.core.domain.JavaMethodCall;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.core.env.PropertyResolver;

/**
 * Configuration defaults live in {@code @ConfigurationProperties} records only: no {@code @Value}, no {@code
 * Environment.getProperty}, no {@code ${name:default}} in an annotation such as {@code @Scheduled}.
 */
class ConfigurationDefaultsTests {

    private static final JavaClasses MAIN =
            new ClassFileImporter().withImportOption(new MainClassesOnly()).importPackages("com.masthead");
    private static final Pattern PLACEHOLDER_WITH_DEFAULT = Pattern.compile("\\$\\{[^}]*:");

    @Test
    void noClassReadsAPropertyThroughValue() {
        noClasses()
                .should()
                .dependOnClassesThat()
                .areAssignableTo(Value.class)
                .because("a property is a component of its module's @ConfigurationProperties record, with its default")
                .check(MAIN);
    }

    @Test
    void noClassAsksTheEnvironmentForAProperty() {
        noClasses()
                .should()
                .callMethodWhere(DescribedPredicate.describe(
                        "a property lookup on the Environment",
                        (JavaMethodCall call) -> call.getTargetOwner().isAssignableTo(PropertyResolver.class)
                                && call.getName().startsWith("get")))
                .because("a property is a component of its module's @ConfigurationProperties record, with its default")
                .check(MAIN);
    }

    @Test
    void noAnnotationCarriesAPlaceholderDefault() {
        List<String> found = new ArrayList<>();
        for (JavaClass type : MAIN) {
            Stream.concat(
                            type.getAnnotations().stream(),
                            type.getMembers().stream().flatMap(ConfigurationDefaultsTests::annotationsOf))
                    .forEach(annotation -> annotation.getProperties().forEach((name, value) -> {
                        if (PLACEHOLDER_WITH_DEFAULT
                                .matcher(String.valueOf(value))
                                .find()) {
                            found.add(type.getName() + ": @"
                                    + annotation.getRawType().getSimpleName() + "(" + name + " = " + value + ")");
                        }
                    }));
        }

        assertThat(found)
                .as("annotation values with a ${name:default} placeholder")
                .isEmpty();
    }

    private static Stream<JavaAnnotation<?>> annotationsOf(JavaMember member) {
        Stream<JavaAnnotation<?>> own = member.getAnnotations().stream().map(a -> (JavaAnnotation<?>) a);
        if (member instanceof com.tngtech.archunit.core.domain.JavaCodeUnit code) {
            return Stream.concat(
                    own,
                    code.getParameters().stream()
                            .flatMap(p -> p.getAnnotations().stream().map(a -> (JavaAnnotation<?>) a)));
        }
        return own;
    }
}
