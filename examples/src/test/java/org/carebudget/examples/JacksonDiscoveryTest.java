package org.carebudget.examples;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.Module;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.Set;
import java.util.stream.Collectors;
import org.carebudget.core.id.NhsNumber;
import org.carebudget.core.money.Gbp;
import org.junit.jupiter.api.Test;

/**
 * What a vendor on the class path gets from {@code findAndRegisterModules()}: examples has no module-info, so this
 * runs on the class path, where {@code META-INF/services} is read (the library modules' own tests run on the
 * module path, where it is not).
 */
class JacksonDiscoveryTest {

    private static final Set<String> MODULES = Set.of("carebudget-core", "carebudget-core-training", "carebudget-money", "carebudget-employment");

    @Test
    void givenTheClassPath_thenFindAndRegisterModulesFindsEveryCareBudgetModule() throws Exception {
        Set<String> found = ObjectMapper.findModules().stream().map(Module::getModuleName).collect(Collectors.toSet());

        assertTrue(found.containsAll(MODULES), "found " + found + ", expected " + MODULES);
        ObjectMapper mapper = new ObjectMapper().findAndRegisterModules();
        assertEquals("\"9434765919\"", mapper.writeValueAsString(NhsNumber.parse("943 476 5919")));
        assertEquals(Gbp.ofPence(1271), mapper.readValue("\"£12.71\"", Gbp.class));
    }
}
