package org.carebudget.money.jackson;

import com.fasterxml.jackson.annotation.JsonTypeInfo;

/** Mix-in giving a polymorphic ledger type a {@code "type"} property with the subtype's registered name. */
@JsonTypeInfo(use = JsonTypeInfo.Id.NAME, include = JsonTypeInfo.As.PROPERTY, property = "type")
interface TypedMixIn {
}
