-- Talks (DESIGN.md): every record of a mediation process (the process itself, delegations, rounds,
-- timeline events, channel messages, the disclosure log, positions, suggested packages and the
-- parties' answers, versions of the single negotiating text, shares, comments, veto-mode proposals
-- and votes, final answers, the conclusion) is appended here and never changed. The content column
-- holds the record as the canonical JSON (RFC 8785) its ledger entry commits to; the other columns
-- are what lookups and access decisions read.
CREATE TABLE talks_record (
    ledger_seq  BIGINT        PRIMARY KEY,
    id          VARCHAR(40)   NOT NULL UNIQUE,
    talks_id    VARCHAR(40)   NOT NULL,
    kind        VARCHAR(32)   NOT NULL,
    -- the party the record belongs to, is addressed to or was shared with; null for both parties'
    party       VARCHAR(8)    REFERENCES party (code),
    -- what it refers to: a version number, a suggestion or proposal id
    ref         VARCHAR(40),
    -- one final answer per party and version, one vote per party and proposal, one conclusion …
    unique_key  VARCHAR(200)  UNIQUE,
    content     VARCHAR       NOT NULL,
    recorded_at TIMESTAMP WITH TIME ZONE NOT NULL,
    recorded_by VARCHAR(100)  NOT NULL
);
CREATE INDEX talks_record_talks ON talks_record (talks_id, ledger_seq);
