-- Monitors' decisions about incidents (split, merge, target classification), one row per ledger
-- entry. Incidents themselves are derived in memory from the reports and these decisions.
-- Report and incident ids are kept as comma-separated lists: a decision is read whole, never queried by them.
CREATE TABLE incident_decision (
    ledger_seq      BIGINT        PRIMARY KEY,
    kind            VARCHAR(16)   NOT NULL,
    incident_id     VARCHAR(60),
    incident_ids    VARCHAR(4000),
    taken           TEXT,
    remaining       TEXT,
    reports         TEXT,
    energy          BOOLEAN,
    reason          VARCHAR(2000),
    decided_by      VARCHAR(40)   NOT NULL
);
