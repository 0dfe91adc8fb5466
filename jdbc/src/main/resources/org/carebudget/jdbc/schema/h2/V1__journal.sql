-- CareBudget journal store, schema version 1, H2 2.x (embedded, in a file).
-- One row per event; the primary key (package_id, seq) lets exactly one of two racing writers append event n + 1.
CREATE TABLE carebudget_schema (
    version     INTEGER      NOT NULL PRIMARY KEY,
    description VARCHAR(200) NOT NULL,
    applied_at  TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT CURRENT_TIMESTAMP
);

CREATE TABLE carebudget_journal (
    package_id  VARCHAR(64)     NOT NULL,
    seq         BIGINT          NOT NULL CHECK (seq >= 1),
    kind        VARCHAR(64)     NOT NULL,
    payload     VARCHAR(100000) NOT NULL,
    chain_hash  CHAR(64)        NOT NULL,
    state_hash  CHAR(64),
    recorded_at TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT CURRENT_TIMESTAMP,
    PRIMARY KEY (package_id, seq)
);

CREATE TABLE carebudget_snapshot (
    package_id  VARCHAR(64) NOT NULL,
    seq         BIGINT      NOT NULL CHECK (seq >= 1),
    format      VARCHAR(64) NOT NULL,
    chain_hash  CHAR(64)    NOT NULL,
    state_hash  CHAR(64)    NOT NULL,
    payload     BLOB        NOT NULL,
    recorded_at TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT CURRENT_TIMESTAMP,
    PRIMARY KEY (package_id, seq)
);

INSERT INTO carebudget_schema (version, description) VALUES (1, 'journal and snapshots');
