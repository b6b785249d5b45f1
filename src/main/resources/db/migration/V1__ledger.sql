-- The ledger: one row per state change, in one gap-free order (DESIGN.md, one write path).
-- ledger_head is the lock every group commit takes, on every instance, to assign sequence numbers.
CREATE TABLE ledger_head (
    id   INTEGER PRIMARY KEY,
    size BIGINT  NOT NULL
);
INSERT INTO ledger_head (id, size) VALUES (1, 0);

CREATE TABLE ledger_entry (
    seq         BIGINT PRIMARY KEY,
    recorded_at TIMESTAMP WITH TIME ZONE NOT NULL,
    -- private columns: which record the entry commits to, and the salt of the commitment
    action      VARCHAR(64)  NOT NULL,
    subject     VARCHAR(100) NOT NULL,
    actor       VARCHAR(100) NOT NULL,
    salt        VARCHAR(64)  NOT NULL,
    -- public: the canonical JSON the Merkle tree hashes, and that hash
    body        VARCHAR      NOT NULL,
    leaf_hash   VARCHAR(64)  NOT NULL
);
CREATE INDEX ledger_entry_subject ON ledger_entry (subject);
