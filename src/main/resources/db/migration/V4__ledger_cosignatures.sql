-- Cosignatures (C2SP tlog-cosignature, cosignature/v1) of checkpoints by parties and monitors.
-- Each is a state change and has its ledger entry (ledger.cosigned).
CREATE TABLE ledger_cosignature (
    id              VARCHAR(40)  PRIMARY KEY,
    checkpoint_size BIGINT       NOT NULL REFERENCES ledger_checkpoint (size),
    cosigner        VARCHAR(64)  NOT NULL,
    key_name        VARCHAR(200) NOT NULL,
    key_id          VARCHAR(8)   NOT NULL,
    public_key      VARCHAR(64)  NOT NULL,
    signed_time     BIGINT       NOT NULL,
    signature       VARCHAR(128) NOT NULL,
    cosigned_at     TIMESTAMP WITH TIME ZONE NOT NULL,
    ledger_seq      BIGINT       NOT NULL,
    UNIQUE (checkpoint_size, cosigner)
);

-- Cosigner keys of monitors, registered in the ledger itself (a party cosigns with its party key,
-- registered through the agreement feature). Every registration is kept: the latest one is the
-- key in force, and each earlier one stays re-derivable for the audit.
CREATE TABLE ledger_cosigner_key (
    account_id    VARCHAR(40)  NOT NULL,
    username      VARCHAR(64)  NOT NULL,
    public_key    VARCHAR(64)  NOT NULL,
    registered_at TIMESTAMP WITH TIME ZONE NOT NULL,
    ledger_seq    BIGINT       NOT NULL PRIMARY KEY
);
CREATE INDEX ledger_cosigner_key_account ON ledger_cosigner_key (account_id);
