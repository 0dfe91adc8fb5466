-- CareBudget journal store, schema version 1, PostgreSQL 12 or later.
-- One row per event; the primary key (package_id, seq) lets exactly one of two racing writers append event n + 1.
-- Ids are compared byte for byte (COLLATE "C"), so package pages come in Java String order.
CREATE TABLE carebudget_schema (
    version     INTEGER      NOT NULL PRIMARY KEY,
    description VARCHAR(200) NOT NULL,
    applied_at  TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT CURRENT_TIMESTAMP
);

CREATE TABLE carebudget_journal (
    package_id  VARCHAR(64) COLLATE "C" NOT NULL,
    seq         BIGINT      NOT NULL CHECK (seq >= 1),
    kind        VARCHAR(64) NOT NULL,
    payload     JSON        NOT NULL,
    chain_hash  CHAR(64)    NOT NULL,
    state_hash  CHAR(64),
    recorded_at TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT CURRENT_TIMESTAMP,
    PRIMARY KEY (package_id, seq)
);

-- Lists packages in O(packages), not O(events): every journal has exactly one event 1.
CREATE INDEX carebudget_journal_packages ON carebudget_journal (package_id) WHERE seq = 1;

CREATE TABLE carebudget_snapshot (
    package_id  VARCHAR(64) COLLATE "C" NOT NULL,
    seq         BIGINT      NOT NULL CHECK (seq >= 1),
    format      VARCHAR(64) NOT NULL,
    chain_hash  CHAR(64)    NOT NULL,
    state_hash  CHAR(64)    NOT NULL,
    payload     BYTEA       NOT NULL,
    recorded_at TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT CURRENT_TIMESTAMP,
    PRIMARY KEY (package_id, seq)
);

INSERT INTO carebudget_schema (version, description) VALUES (1, 'journal and snapshots');
