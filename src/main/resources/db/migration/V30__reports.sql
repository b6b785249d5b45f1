-- Reports (one source's claim each) and evidence files (stored by SHA-256 under the data folder).
-- Reports are never updated or deleted: a correction is a new row whose supersedes names the old one.
CREATE TABLE report (
    id                  VARCHAR(40)   PRIMARY KEY,
    submitted_at        TIMESTAMP WITH TIME ZONE NOT NULL,
    submitted_by        VARCHAR(40)   NOT NULL,
    submitter_role      VARCHAR(16)   NOT NULL,
    -- the submitting party, who may always read it; null for monitor and mediator reports
    owner_party         VARCHAR(8),
    source_kind         VARCHAR(16)   NOT NULL,
    source_party        VARCHAR(8),
    source_name         VARCHAR(300),
    source_address      VARCHAR(2000),
    source_published_on VARCHAR(10),
    time_precision      VARCHAR(8)    NOT NULL,
    time_instant        TIMESTAMP WITH TIME ZONE,
    time_date           VARCHAR(10),
    time_zone           VARCHAR(64),
    time_earliest       TIMESTAMP WITH TIME ZONE NOT NULL,
    time_latest         TIMESTAMP WITH TIME ZONE NOT NULL,
    place               VARCHAR(300),
    latitude            DOUBLE PRECISION,
    longitude           DOUBLE PRECISION,
    uncertainty_m       DOUBLE PRECISION,
    geo_precision       VARCHAR(8),
    region_id           VARCHAR(16),
    country             VARCHAR(8),
    resolved_from_place BOOLEAN,
    -- the first-level regions concerned, comma-separated
    regions             VARCHAR(400)  NOT NULL,
    site_id             VARCHAR(60),
    category            VARCHAR(32),
    description         VARCHAR(2000),
    means               VARCHAR(16)   NOT NULL,
    outcome             VARCHAR(16)   NOT NULL,
    alleged_perpetrator VARCHAR(8),
    damage              VARCHAR(2000),
    killed              BIGINT,
    injured             BIGINT,
    -- SHA-256 of the evidence files in the order given, space-separated (also in report_evidence)
    evidence            VARCHAR(6600) NOT NULL,
    supersedes          VARCHAR(40),
    external_ref        VARCHAR(100),
    ledger_seq          BIGINT        NOT NULL
);
-- a report is corrected at most once (a correction of the correction continues the chain)
CREATE UNIQUE INDEX report_supersedes ON report (supersedes);
CREATE INDEX report_owner ON report (owner_party, id);
CREATE INDEX report_external_ref ON report (external_ref);

CREATE TABLE report_evidence (
    report_id VARCHAR(40) NOT NULL,
    sha256    VARCHAR(64) NOT NULL,
    PRIMARY KEY (report_id, sha256)
);
CREATE INDEX report_evidence_sha256 ON report_evidence (sha256);

CREATE TABLE evidence_file (
    sha256      VARCHAR(64)  PRIMARY KEY,
    size_bytes  BIGINT       NOT NULL,
    media_type  VARCHAR(100) NOT NULL,
    uploaded_at TIMESTAMP WITH TIME ZONE NOT NULL
);

-- each account's upload of a file (the same content uploaded by two accounts is one file, two uploads)
CREATE TABLE evidence_upload (
    sha256         VARCHAR(64) NOT NULL REFERENCES evidence_file (sha256),
    account_id     VARCHAR(40) NOT NULL,
    uploader_party VARCHAR(8),
    uploaded_at    TIMESTAMP WITH TIME ZONE NOT NULL,
    ledger_seq     BIGINT      NOT NULL,
    PRIMARY KEY (sha256, account_id)
);
CREATE INDEX evidence_upload_seq ON evidence_upload (ledger_seq);
