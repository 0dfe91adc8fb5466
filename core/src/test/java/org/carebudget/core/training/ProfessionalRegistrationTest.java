package org.carebudget.core.training;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.carebudget.core.InvalidValueException;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class ProfessionalRegistrationTest {

    @ParameterizedTest
    @CsvSource({"NMC, 12A3456E, NMC 12A3456E", "NMC, 12a 3456e, NMC 12A3456E", "HCPC, PH123456, HCPC PH123456",
            "HCPC, sl12345, HCPC SL12345", "GMC, 1234567, GMC 1234567"})
    void givenNumberInRegulatorsForm_thenAcceptedAndNormalised(Regulator regulator, String number, String text) {
        ProfessionalRegistration registration = ProfessionalRegistration.of(regulator, number);
        assertEquals(text, registration.toString());
        assertEquals(registration, ProfessionalRegistration.parse(text));
    }

    @ParameterizedTest
    @CsvSource({"NMC, 123456E", "NMC, 12A34567", "NMC, AB3456E1", "HCPC, P1234567", "HCPC, PH1234",
            "GMC, 123456", "GMC, 12345678"})
    void givenNumberNotInRegulatorsForm_thenRejectedNamingTheForm(Regulator regulator, String number) {
        InvalidValueException e = assertThrows(InvalidValueException.class,
                () -> ProfessionalRegistration.of(regulator, number));
        assertEquals("registrationNumber", e.field());
        assertEquals(regulator + " " + regulator.form(), e.validValues());
    }

    @ParameterizedTest
    @CsvSource({"XYZ 12A3456E", "12A3456E", "''"})
    void givenUnknownRegulator_whenParsed_thenRejected(String text) {
        InvalidValueException e = assertThrows(InvalidValueException.class,
                () -> ProfessionalRegistration.parse(text));
        assertEquals("professionalRegistration", e.field());
    }
}
