package org.carebudget.money.reconcile;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.carebudget.money.LedgerException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Bad statement files: each a specific problem naming line, column and masked value; nothing imported. */
class StatementImportErrorsTest {

    private static final String STARLING_HEADER =
            "Date,Counter Party,Reference,Type,Amount (GBP),Balance (GBP),Spending Category,Notes\n";

    private static String starling(String amount) {
        return STARLING_HEADER + "10/04/2026,Jane Doe,REF1,FASTER PAYMENT,-1.00,99.00,PAYMENTS,\n"
                + "11/04/2026,Jane Doe,REF2,FASTER PAYMENT," + amount + ",98.00,PAYMENTS,\n";
    }

    private static ImportProblem onlyProblem(StatementProfile profile, String csv) {
        List<ImportProblem> problems = profile.check(csv);
        assertEquals(1, problems.size(), problems::toString);
        return problems.get(0);
    }

    @Test
    void givenAMalformedAmount_thenTheErrorNamesLineColumnAndValueAndNothingIsImported() {
        String csv = starling("12.x0");

        LedgerException e = assertThrows(LedgerException.class, () -> StatementProfiles.STARLING.read(csv));

        assertEquals("line 3, column 'Amount (GBP)'", e.field());
        assertEquals("\"12.x0\"", e.givenValue());
        ImportProblem problem = onlyProblem(StatementProfiles.STARLING, csv);
        assertEquals(ImportProblem.Kind.INVALID_AMOUNT, problem.kind());
        assertEquals(3, problem.line());
    }

    @Test
    void givenAnAmountWithThreeDecimals_thenItIsASpecificProblem() {
        ImportProblem problem = onlyProblem(StatementProfiles.STARLING, starling("-1.005"));

        assertEquals(ImportProblem.Kind.TOO_MANY_DECIMALS, problem.kind());
        assertEquals("'Amount (GBP)'", problem.column());
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {"€12.00", "$5.00", "12.00 EUR", "USD 4.00"})
    void givenAnAmountInAnotherCurrency_thenItIsASpecificProblem(String amount) {
        assertEquals(ImportProblem.Kind.OTHER_CURRENCY, onlyProblem(StatementProfiles.STARLING, starling(amount))
                .kind());
    }

    @Test
    void givenACurrencyColumnInEuros_thenTheFileIsRefused() {
        String csv = "Transaction ID,Date,Time,Type,Name,Emoji,Category,Amount,Currency,Description\n"
                + "tx_1,09/04/2026,10:15:00,Card payment,Cafe,,Eating out,-3.00,EUR,CAFE PARIS\n";

        LedgerException e = assertThrows(LedgerException.class, () -> StatementProfiles.MONZO.read(csv));

        assertEquals("line 2, column 'Currency'", e.field());
        assertTrue(e.validValues().startsWith("GBP"), e.getMessage());
    }

    @Test
    void givenAnEmptyFile_thenItIsASpecificProblem() {
        LedgerException e = assertThrows(LedgerException.class, () -> StatementProfiles.HSBC.read(""));

        assertEquals("statement", e.field());
        assertTrue(e.validValues().contains("EMPTY_FILE"), e.getMessage());
    }

    @Test
    void givenAHeaderWithNoLines_thenTheFileIsEmpty() {
        assertEquals(ImportProblem.Kind.EMPTY_FILE, onlyProblem(StatementProfiles.STARLING, STARLING_HEADER).kind());
    }

    @Test
    void givenAnotherBanksHeader_thenTheHeaderIsNotFound() {
        String csv = "Date,Description,Amount\n10/04/2026,X,1.00\n";

        ImportProblem problem = onlyProblem(StatementProfiles.LLOYDS, csv);

        assertEquals(ImportProblem.Kind.HEADER_NOT_FOUND, problem.kind());
        assertTrue(problem.expected().contains("'Debit Amount'"), problem::toString);
    }

    @Test
    void givenABadDate_thenTheFormIsNamed() {
        String csv = STARLING_HEADER + "31/02/2026,Jane Doe,REF1,FASTER PAYMENT,-1.00,99.00,PAYMENTS,\n";

        ImportProblem problem = onlyProblem(StatementProfiles.STARLING, csv);

        assertEquals(ImportProblem.Kind.INVALID_DATE, problem.kind());
        assertTrue(problem.expected().contains("dd/MM/uuuu"), problem::toString);
    }

    @Test
    void givenADateOutsideTheSupportedDates_thenItIsRefused() {
        String csv = STARLING_HEADER + "01/01/2201,Jane Doe,REF1,FASTER PAYMENT,-1.00,99.00,PAYMENTS,\n";

        assertEquals(ImportProblem.Kind.INVALID_DATE, onlyProblem(StatementProfiles.STARLING, csv).kind());
    }

    @Test
    void givenAmountsInBothColumns_thenItIsASpecificProblem() {
        String csv = "Transaction Date,Transaction Type,Sort Code,Account Number,Transaction Description,"
                + "Debit Amount,Credit Amount,Balance\n07/04/2026,FPO,,,PA,300.00,5.00,1700.00\n";

        assertEquals(ImportProblem.Kind.AMOUNT_IN_BOTH_COLUMNS, onlyProblem(StatementProfiles.LLOYDS, csv).kind());
    }

    @Test
    void givenAnUnknownCardEntryType_thenTheKnownTypesAreListed() {
        String csv = "Transaction ID,Timestamp (UTC),Entry Type,Merchant,MCC,Amount,Currency,Actual Balance,"
                + "Blocked Balance,Available Balance,Reference\n"
                + "c-1,2026-04-01T09:00:00Z,CASHBACK,SHOP,,5.00,GBP,5.00,0.00,5.00,\n";

        ImportProblem problem = onlyProblem(StatementProfiles.PREPAID_CARD, csv);

        assertEquals(ImportProblem.Kind.UNKNOWN_SETTLEMENT, problem.kind());
        assertTrue(problem.expected().contains("AUTHORISATION"), problem::toString);
    }

    @Test
    void givenTwoSettledLinesWithOneTransactionId_thenItIsASpecificProblem() {
        String csv = "Transaction ID,Date,Time,Type,Name,Emoji,Category,Amount,Currency,Description\n"
                + "tx_1,09/04/2026,10:15:00,Card payment,Cafe,,Eating out,-3.00,GBP,CAFE\n"
                + "tx_1,09/04/2026,10:16:00,Card payment,Cafe,,Eating out,-4.00,GBP,CAFE\n";

        ImportProblem problem = onlyProblem(StatementProfiles.MONZO, csv);

        assertEquals(ImportProblem.Kind.DUPLICATE_TRANSACTION_ID, problem.kind());
        assertEquals(3, problem.line());
    }

    @Test
    void givenAnUnclosedQuote_thenTheFileIsMalformed() {
        String csv = "11/04/2026,\"TESCO STORES,-23.10\n12/04/2026,HMRC,-1.00\n";

        assertEquals(ImportProblem.Kind.MALFORMED_CSV, onlyProblem(StatementProfiles.HSBC, csv).kind());
    }

    @Test
    void givenAHostile15MegabyteField_thenTheParseStopsAtOnceWithAMalformedFile() {
        String csv = "11/04/2026,\"" + "x".repeat(15 * 1024 * 1024) + "\",-23.10\n";

        LedgerException e = assertThrows(LedgerException.class, () -> StatementProfiles.HSBC.read(csv));

        assertEquals("line 1, column file", e.field());
        assertTrue(e.getMessage().length() < 1000, e::getMessage);
    }

    @Test
    void givenADescriptionOverTheLimit_thenItIsTooLongAndMasked() {
        String name = "Margaret Smith ".repeat(70);
        String csv = "11/04/2026," + name + ",-23.10\n";

        LedgerException e = assertThrows(LedgerException.class, () -> StatementProfiles.HSBC.read(csv));

        assertTrue(e.validValues().contains("TOO_LONG"), e.getMessage());
        assertFalse(e.getMessage().contains("Margaret"), e.getMessage());
        assertFalse(e.getMessage().contains("Smith"), e.getMessage());
    }

    @Test
    void givenANameInTheAmountColumn_thenTheMessageDoesNotShowIt() {
        LedgerException e = assertThrows(LedgerException.class,
                () -> StatementProfiles.HSBC.read("11/04/2026,WAGES,Margaret Smith\n"));

        assertFalse(e.getMessage().contains("Margaret"), e.getMessage());
        assertTrue(e.getMessage().contains("\"M******* S****\""), e.getMessage());
    }

    @Test
    void givenSeveralBadLines_thenCheckListsThemAllInLineOrder() {
        String csv = "11/04/2026,A,x\n12/04/2026,B,1.00\n99/04/2026,C,2.00\n13/04/2026,D,3.001\n";

        List<ImportProblem> problems = StatementProfiles.HSBC.check(csv);

        assertEquals(List.of(ImportProblem.Kind.INVALID_AMOUNT, ImportProblem.Kind.INVALID_DATE,
                ImportProblem.Kind.TOO_MANY_DECIMALS), problems.stream().map(ImportProblem::kind).toList());
        assertEquals(List.of(1L, 3L, 4L), problems.stream().map(ImportProblem::line).toList());
    }

    @Test
    void givenAGoodFile_thenCheckFindsNothing() {
        assertEquals(List.of(), StatementProfiles.HSBC.check("11/04/2026,A,1.00\n"));
    }

    @Test
    void givenAMissingField_thenTheColumnIsNamed() {
        ImportProblem problem = onlyProblem(StatementProfiles.HSBC, "11/04/2026,A\n");

        assertEquals(ImportProblem.Kind.MISSING_VALUE, problem.kind());
        assertEquals("#3", problem.column());
    }
}
