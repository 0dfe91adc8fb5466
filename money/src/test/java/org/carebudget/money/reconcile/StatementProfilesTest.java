package org.carebudget.money.reconcile;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.carebudget.core.money.Gbp;
import org.carebudget.money.LedgerException;
import org.junit.jupiter.api.Test;

/** Each built-in profile reads a hand-built file in its bank's shape. */
class StatementProfilesTest {

    private static Gbp gbp(String text) {
        return Gbp.parse(text);
    }

    @Test
    void givenBarclaysClassicFile_thenSignedAmountsAndMemoAreRead() {
        String csv = "Number,Date,Account,Amount,Subcategory,Memo\n"
                + ",06/04/2026,20-32-06 13152170,-45.00,PAYMENT,J SMITH PA WAGES\n"
                + ",05/04/2026,20-32-06 13152170,1200.00,DIRECTDEP,NOTTS CC DIRECT PAYMENT\n";

        BankStatement statement = StatementProfiles.BARCLAYS.read(csv);

        assertEquals(2, statement.lines().size());
        StatementLine first = statement.lines().get(0);
        assertEquals(LocalDate.of(2026, 4, 6), first.date());
        assertEquals(gbp("-45.00"), first.amount());
        assertEquals("J SMITH PA WAGES", first.description());
        assertEquals("PAYMENT", first.type());
        assertEquals(2, first.sourceLine());
        assertNull(first.balance());
        assertEquals(gbp("1200.00"), statement.lines().get(1).amount());
        assertEquals(List.of(), statement.balanceAssertions());
    }

    @Test
    void givenBarclaysMoneyOutInFile_thenOutIsNegativeAndMonthNamesAreRead() {
        String csv = "Date,Description,Money Out,Money In,Balance\n"
                + "15-Jun-2025,CARE AGENCY,120.50,,879.50\n"
                + "14/06/2025,COUNCIL DP,,1000.00,1000.00\n";

        BankStatement statement = StatementProfiles.BARCLAYS_MONEY_OUT_IN.read(csv);

        assertEquals(gbp("-120.50"), statement.lines().get(0).amount());
        assertEquals(LocalDate.of(2025, 6, 15), statement.lines().get(0).date());
        assertEquals(gbp("1000.00"), statement.lines().get(1).amount());
    }

    @Test
    void givenLloydsFile_thenDebitAndCreditColumnsGiveTheSign() {
        String csv = "Transaction Date,Transaction Type,Sort Code,Account Number,Transaction Description,"
                + "Debit Amount,Credit Amount,Balance\n"
                + "07/04/2026,FPO,'30-94-57,12345678,A JONES PA,300.00,,1700.00\n"
                + "06/04/2026,BGC,'30-94-57,12345678,ICB PHB,,2000.00,2000.00\n";

        BankStatement statement = StatementProfiles.LLOYDS.read(csv);

        assertEquals(gbp("-300.00"), statement.lines().get(0).amount());
        assertEquals("FPO", statement.lines().get(0).type());
        assertEquals(gbp("1700.00"), statement.lines().get(0).balance());
        assertEquals(gbp("2000.00"), statement.lines().get(1).amount());
        assertEquals(List.of(BalanceAssertion.of(LocalDate.of(2026, 4, 6), DayBoundary.END_OF_DAY, gbp("2000.00")),
                BalanceAssertion.of(LocalDate.of(2026, 4, 7), DayBoundary.END_OF_DAY, gbp("1700.00"))),
                statement.balanceAssertions());
    }

    @Test
    void givenNatWestFileWithLeadingBlankLine_thenItIsRead() {
        String csv = "\nDate,Type,Description,Value,Balance,Account Name,Account Number\n"
                + "08/04/2026,D/D,\"INSURANCE, EMPLOYERS LIABILITY\",-12.34,987.66,B HOLDER,'601234-12345678\n";

        BankStatement statement = StatementProfiles.NATWEST.read(csv);

        StatementLine line = statement.lines().get(0);
        assertEquals("INSURANCE, EMPLOYERS LIABILITY", line.description());
        assertEquals(gbp("-12.34"), line.amount());
        assertEquals(3, line.sourceLine());
    }

    @Test
    void givenNationwideFileWithBomPreambleAndPoundAmounts_thenThePreambleIsSkipped() {
        String csv = "\uFEFF\"Account Name:\",\"FlexDirect ****12345\"\n"
                + "\"Account Balance:\",\"£1,234.56\"\n"
                + "\"Available Balance: \",\"£1,234.56\"\n"
                + "\n"
                + "\"Date\",\"Transaction type\",\"Description\",\"Paid out\",\"Paid in\",\"Balance\"\n"
                + "\"01 Apr 2026\",\"Bank credit\",\"NOTTS CC\",\"\",\"£1,500.00\",\"£1,500.00\"\n"
                + "\"02 April 2026\",\"Payment to\",\"PA WAGES\",\"£265.44\",\"\",\"£1,234.56\"\n";

        BankStatement statement = StatementProfiles.NATIONWIDE.read(csv);

        assertEquals(2, statement.lines().size());
        assertEquals(gbp("1500.00"), statement.lines().get(0).amount());
        assertEquals(gbp("-265.44"), statement.lines().get(1).amount());
        assertEquals(gbp("1234.56"), statement.lines().get(1).balance());
        assertEquals(LocalDate.of(2026, 4, 2), statement.lines().get(1).date());
        assertEquals(LineOrder.OLDEST_FIRST, statement.order());
    }

    @Test
    void givenNationwideFileInWindows1252_thenThePoundSignIsRead() {
        String csv = "\"Date\",\"Transaction type\",\"Description\",\"Paid out\",\"Paid in\",\"Balance\"\n"
                + "\"01 Sep 2026\",\"Bank credit\",\"NOTTS CC\",\"\",\"£1,500.00\",\"£1,500.00\"\n";
        byte[] bytes = csv.getBytes(Charset.forName("windows-1252"));

        BankStatement statement = StatementProfiles.NATIONWIDE.read(bytes);

        assertEquals(gbp("1500.00"), statement.lines().get(0).amount());
        assertEquals(LocalDate.of(2026, 9, 1), statement.lines().get(0).date());
    }

    @Test
    void givenMonzoFile_thenTheTransactionIdIsTheFingerprintAndNameAndDescriptionAreJoined() {
        String csv = "Transaction ID,Date,Time,Type,Name,Emoji,Category,Amount,Currency,Local amount,"
                + "Local currency,Notes and #tags,Address,Receipt,Description,Category split,Money Out,Money In\n"
                + "tx_0000A1,09/04/2026,10:15:00,Card payment,Boots,,Shopping,-8.99,GBP,-8.99,GBP,,,,"
                + "BOOTS 1234 NOTTINGHAM,,-8.99,\n";

        BankStatement statement = StatementProfiles.MONZO.read(csv.getBytes(StandardCharsets.UTF_8));

        StatementLine line = statement.lines().get(0);
        assertEquals("tx_0000A1", line.transactionId());
        assertEquals("Boots BOOTS 1234 NOTTINGHAM", line.description());
        assertTrue(line.fingerprint().isTransactionId());
        assertEquals(gbp("-8.99"), line.amount());
    }

    @Test
    void givenStarlingFile_thenTheReferenceColumnIsKept() {
        String csv = "Date,Counter Party,Reference,Type,Amount (GBP),Balance (GBP),Spending Category,Notes\n"
                + "10/04/2026,Jane Doe,PA-0426-JD,FASTER PAYMENT,-412.00,588.00,PAYMENTS,\n";

        StatementLine line = StatementProfiles.STARLING.read(csv).lines().get(0);

        assertEquals("PA-0426-JD", line.reference());
        assertEquals("Jane Doe", line.description());
        assertEquals(gbp("588.00"), line.balance());
    }

    @Test
    void givenHsbcFileWithoutHeader_thenColumnsAreFoundByPosition() {
        String csv = "11/04/2026,\"TESCO STORES 2041\",-23.10\n12/04/2026,\"HMRC PAYE\",-88.20\n";

        BankStatement statement = StatementProfiles.HSBC.read(csv);

        assertEquals(2, statement.lines().size());
        assertEquals(gbp("-23.10"), statement.lines().get(0).amount());
        assertEquals("HMRC PAYE", statement.lines().get(1).description());
        assertEquals(1, statement.lines().get(0).sourceLine());
    }

    @Test
    void givenPrepaidCardFile_thenAuthorisationsArePendingAndApartAndTimestampsAreDatedInUkTime() {
        String csv = "Transaction ID,Timestamp (UTC),Entry Type,Merchant,MCC,Amount,Currency,Actual Balance,"
                + "Blocked Balance,Available Balance,Reference\n"
                + "c-1,2026-04-01T09:00:00Z,LOAD,COUNCIL,,500.00,GBP,500.00,0.00,500.00,DP-APR\n"
                + "c-2,2026-04-05T23:30:00Z,AUTHORISATION,GROCER,5411,-20.00,GBP,500.00,20.00,480.00,\n"
                + "c-3,2026-04-03T10:00:00Z,SETTLEMENT,TAXI CO,4121,-15.00,GBP,485.00,20.00,465.00,\n";

        BankStatement statement = StatementProfiles.PREPAID_CARD.read(csv);

        assertEquals(2, statement.settled().size());
        assertEquals(1, statement.pending().size());
        StatementLine authorisation = statement.pending().get(0);
        assertEquals(Settlement.PENDING, authorisation.settlement());
        assertEquals(LocalDate.of(2026, 4, 6), authorisation.date(), "23:30 UTC in April is 00:30 the next day in UK");
        assertEquals("AUTHORISATION", authorisation.type());
        assertEquals("DP-APR", statement.settled().get(0).reference());
    }

    @Test
    void givenGenericColumnMapping_thenAnyBankIsRead() {
        StatementProfile profile = StatementProfile.builder("credit-union")
                .date(Column.named("When"), DateForm.pattern("uuuu-MM-dd"))
                .amount(Column.named("Spent"), AmountSign.PAID_OUT_POSITIVE)
                .description(Column.named("What")).order(LineOrder.OLDEST_FIRST).build();

        BankStatement statement = profile.read("What,When,Spent\nTAXI,2026-04-02,12.00\nREFUND,2026-04-03,-2.00\n");

        assertEquals(gbp("-12.00"), statement.lines().get(0).amount());
        assertEquals(gbp("2.00"), statement.lines().get(1).amount());
        assertEquals("credit-union", statement.source());
    }

    @Test
    void givenAProfileName_thenTheBuiltInProfileIsFoundIgnoringCase() {
        assertSame(StatementProfiles.NATIONWIDE, StatementProfiles.named("Nationwide"));
        assertEquals(9, StatementProfiles.all().size());
    }

    @Test
    void givenAnUnknownProfileName_thenTheErrorListsTheKnownOnes() {
        LedgerException e = assertThrows(LedgerException.class, () -> StatementProfiles.named("Santander"));

        assertEquals("profile", e.field());
        assertTrue(e.validValues().contains("nationwide"), e.getMessage());
        assertEquals("Santander", e.givenValue());
    }

    @Test
    void givenAProfileWithoutDescription_thenBuildingItFails() {
        StatementProfile.Builder builder = StatementProfile.builder("x").date(Column.named("D"))
                .amount(Column.named("A"), AmountSign.PAID_IN_POSITIVE);

        LedgerException e = assertThrows(LedgerException.class, builder::build);

        assertEquals("description", e.field());
    }

    @Test
    void givenAPositionalColumnInAProfileWithHeader_thenBuildingItFails() {
        StatementProfile.Builder builder = StatementProfile.builder("x").date(Column.at(0))
                .amount(Column.named("A"), AmountSign.PAID_IN_POSITIVE).description(Column.named("D"));

        LedgerException e = assertThrows(LedgerException.class, builder::build);

        assertEquals("date", e.field());
    }

    @Test
    void givenTheBuiltInProfiles_thenEachDescribesItsColumnsAsData() {
        Map<String, Column> columns = StatementProfiles.LLOYDS.columns();

        assertEquals(Column.named("Debit Amount"), columns.get("paidOut"));
        assertEquals(AmountSign.SEPARATE_COLUMNS, StatementProfiles.LLOYDS.sign());
        assertEquals(Settlement.PENDING, StatementProfiles.PREPAID_CARD.settlementValues().get("AUTHORISATION"));
    }
}
