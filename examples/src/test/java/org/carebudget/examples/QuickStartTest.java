package org.carebudget.examples;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Collectors;
import org.carebudget.money.budget.SpendOutcome;
import org.carebudget.money.policy.SpendDecision;
import org.junit.jupiter.api.Test;

class QuickStartTest {

    @Test
    void givenTheReadmeSample_thenTheFirstPaymentIsHeldPostedAndTheCaseloadChecked() {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();

        SpendOutcome wages = QuickStart.run(new PrintStream(bytes, true, StandardCharsets.UTF_8),
                EmploymentExample.caseload());

        assertInstanceOf(SpendDecision.Hold.class, wages.decision());
        String printed = bytes.toString(StandardCharsets.UTF_8);
        assertEquals(List.of("ICB available: £2504.31", "2 of 2 PAs blocked"), printed.lines().toList());
    }

    @Test
    void givenTheReadme_thenItsJavaSampleIsTheCompiledQuickStart() throws IOException {
        String readme = Files.readString(Path.of("..", "README.md"));
        int open = readme.indexOf("```java") + "```java".length();
        String block = readme.substring(open, readme.indexOf("```", open));
        String source = Files.readString(Path.of("src/main/java/org/carebudget/examples/QuickStart.java"));
        String sample = source.substring(source.indexOf("// README sample begins") + "// README sample begins".length(),
                source.indexOf("// README sample ends"));

        assertEquals(normalise(sample.replace("out.println", "System.out.println")), normalise(block));
    }

    private static List<String> normalise(String code) {
        return code.lines().map(String::strip).filter(line -> !line.isEmpty()).collect(Collectors.toList());
    }
}
