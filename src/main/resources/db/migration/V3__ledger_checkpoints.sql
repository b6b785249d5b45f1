-- Signed checkpoints of the ledger (C2SP tlog-checkpoint), kept so that every checkpoint ever
-- issued stays servable and cosignable. Issuing one is not itself a ledger entry: a checkpoint
-- signs the tree, and could never cover an entry that recorded its own issue.
CREATE TABLE ledger_checkpoint (
    size      BIGINT      PRIMARY KEY,
    root_hash VARCHAR(64) NOT NULL,
    -- the signed note as issued (text, blank line, the log's signature line)
    note      VARCHAR     NOT NULL,
    issued_at TIMESTAMP WITH TIME ZONE NOT NULL
);

-- The verifier key (C2SP vkey) of the first instance that signed on this database. Every
-- instance sharing the database must sign with the same key; one that does not refuses to start.
CREATE TABLE ledger_log_key (
    id   INTEGER PRIMARY KEY,
    vkey VARCHAR(200) NOT NULL
);
