-- Parties, accounts and API tokens (stored as SHA-256 hashes; passwords as Argon2id hashes).
CREATE TABLE party (
    code       VARCHAR(8)   PRIMARY KEY,
    name       VARCHAR(200) NOT NULL,
    created_at TIMESTAMP WITH TIME ZONE NOT NULL,
    ledger_seq BIGINT       NOT NULL
);

CREATE TABLE account (
    id            VARCHAR(40)  PRIMARY KEY,
    username      VARCHAR(64)  NOT NULL UNIQUE,
    role          VARCHAR(16)  NOT NULL,
    party         VARCHAR(8)   REFERENCES party (code),
    display_name  VARCHAR(200),
    password_hash VARCHAR(300),
    created_at    TIMESTAMP WITH TIME ZONE NOT NULL,
    ledger_seq    BIGINT       NOT NULL
);

CREATE TABLE api_token (
    id          VARCHAR(40)  PRIMARY KEY,
    account_id  VARCHAR(40)  NOT NULL REFERENCES account (id),
    token_hash  VARCHAR(64)  NOT NULL UNIQUE,
    label       VARCHAR(100) NOT NULL,
    created_at  TIMESTAMP WITH TIME ZONE NOT NULL,
    ledger_seq  BIGINT       NOT NULL,
    revoked_at  TIMESTAMP WITH TIME ZONE,
    revoked_seq BIGINT
);
CREATE INDEX api_token_account ON api_token (account_id);
