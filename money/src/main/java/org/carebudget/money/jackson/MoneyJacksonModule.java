package org.carebudget.money.jackson;

import com.fasterxml.jackson.databind.jsontype.NamedType;
import org.carebudget.core.jackson.TextValueModule;
import org.carebudget.money.PayeeId;
import org.carebudget.money.SpendCategory;
import org.carebudget.money.TransferId;
import org.carebudget.money.budget.FundingTerms;
import org.carebudget.money.ledger.AccountOpened;
import org.carebudget.money.ledger.LedgerEvent;
import org.carebudget.money.ledger.TransferEvent;
import org.carebudget.money.policy.SpendDecision;
import org.carebudget.money.policy.SupportPlanBudget;

/**
 * Jackson module for the money module's types: {@link PayeeId}, {@link TransferId} and {@link SpendCategory} as
 * strings (also as map keys); journal events and spend decisions as
 * objects with a {@code "type"} property naming the subtype ({@code account-opened}, {@code transfer};
 * {@code approve}, {@code hold}, {@code reject}), through mix-ins and named subtypes, never class names; an unknown
 * {@code "type"} is refused with an {@code InvalidTypeIdException}. The final value classes built by factories,
 * {@link SupportPlanBudget} and {@link FundingTerms} (which carries its plan, the weekly cost deriving from it), are
 * written as objects of their accessors and read back through their builders and factories, refusing unknown and
 * missing properties. The value records (statements, account balances, surplus reports, clawbacks, findings,
 * requests) need nothing more: they are written as their record components and read back through their validating
 * constructors. Kernel values (amounts,
 * dates, ids) come from {@code CoreJacksonModule}, registered alongside by
 * {@code ObjectMapper.findAndRegisterModules()}. Write a list of events or decisions with its element type, as
 * {@code mapper.writerFor(new TypeReference<List<LedgerEvent>>() { })}, so that each element carries its type
 * (Jackson cannot see the element type of an erased {@code List}). Thread-safe once registered.
 */
public class MoneyJacksonModule extends TextValueModule {

    private static final long serialVersionUID = 1L;

    /** Creates the module. */
    public MoneyJacksonModule() {
        super("carebudget-money");
        addTextValue(PayeeId.class, PayeeId::value, PayeeId::of);
        addTextValue(TransferId.class, TransferId::toString, TransferId::parse);
        addTextValue(SpendCategory.class, SpendCategory::name, SpendCategory::of);
        addSerializer(SupportPlanBudget.class, new ValueObjects.PlanSerializer());
        addDeserializer(SupportPlanBudget.class, new ValueObjects.PlanDeserializer());
        addSerializer(FundingTerms.class, new ValueObjects.TermsSerializer());
        addDeserializer(FundingTerms.class, new ValueObjects.TermsDeserializer());
        setMixInAnnotation(LedgerEvent.class, TypedMixIn.class);
        setMixInAnnotation(SpendDecision.class, TypedMixIn.class);
        registerSubtypes(new NamedType(AccountOpened.class, "account-opened"),
                new NamedType(TransferEvent.class, "transfer"),
                new NamedType(SpendDecision.Approve.class, "approve"),
                new NamedType(SpendDecision.Hold.class, "hold"),
                new NamedType(SpendDecision.Reject.class, "reject"));
    }
}
