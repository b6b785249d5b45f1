-- Agreements: every text each version had (edits of an unsigned draft add a revision; the last
-- text of a version anyone signed never changes), the parties' public keys (never deleted), and
-- the parties' signatures.
CREATE TABLE agreement_text (
    agreement_id VARCHAR(40)  NOT NULL,
    version      INTEGER      NOT NULL,
    revision     INTEGER      NOT NULL,
    -- canonical JSON (RFC 8785) of {format, agreementId, version, terms}: the bytes parties sign
    document     VARCHAR      NOT NULL,
    written_at   TIMESTAMP WITH TIME ZONE NOT NULL,
    written_by   VARCHAR(100) NOT NULL,
    ledger_seq   BIGINT       NOT NULL UNIQUE,
    PRIMARY KEY (agreement_id, version, revision)
);

CREATE TABLE party_key (
    ledger_seq    BIGINT       PRIMARY KEY,
    party         VARCHAR(8)   NOT NULL REFERENCES party (code),
    key_id        VARCHAR(40)  NOT NULL,
    -- base64 of the raw 32-byte Ed25519 public key
    public_key    VARCHAR(64)  NOT NULL,
    registered_at TIMESTAMP WITH TIME ZONE NOT NULL,
    registered_by VARCHAR(100) NOT NULL
);
CREATE INDEX party_key_party ON party_key (party);
CREATE INDEX party_key_key ON party_key (key_id);

CREATE TABLE agreement_signature (
    id              VARCHAR(40)  PRIMARY KEY,
    agreement_id    VARCHAR(40)  NOT NULL,
    version         INTEGER      NOT NULL,
    party           VARCHAR(8)   NOT NULL REFERENCES party (code),
    key_id          VARCHAR(40)  NOT NULL,
    public_key      VARCHAR(64)  NOT NULL,
    -- base64 of the 64-byte detached Ed25519 signature over the version's canonical bytes
    signature       VARCHAR(100) NOT NULL,
    document_sha256 VARCHAR(64)  NOT NULL,
    signed_at       TIMESTAMP WITH TIME ZONE NOT NULL,
    signed_by       VARCHAR(100) NOT NULL,
    ledger_seq      BIGINT       NOT NULL UNIQUE,
    -- one signature per party per version, whatever the application checked
    UNIQUE (agreement_id, version, party)
);
