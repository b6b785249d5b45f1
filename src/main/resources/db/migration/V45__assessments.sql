-- Assessments of incidents (a monitor's graded finding), the allegations put to an accused party,
-- its replies, the monitors' queue assignments and the alerts. Incidents live in the engine's
-- memory, so incident_id has no foreign key. Rows are never deleted; each ledger entry keeps the
-- row it committed to (a draft's revisions, each assignment), so an audit can re-derive it.
CREATE TABLE assessment (
    id            VARCHAR(40)  PRIMARY KEY,
    incident_id   VARCHAR(40)  NOT NULL,
    -- the assessment this one corrects (same incident), or null
    supersedes    VARCHAR(40),
    created_by    VARCHAR(40)  NOT NULL,
    created_at    TIMESTAMP WITH TIME ZONE NOT NULL,
    published_by  VARCHAR(40),
    published_at  TIMESTAMP WITH TIME ZONE,
    publish_seq   BIGINT
);
-- one chain per incident: an assessment is corrected at most once
CREATE UNIQUE INDEX assessment_supersedes ON assessment (supersedes);
CREATE INDEX assessment_incident ON assessment (incident_id);

-- every committed version of an assessment's content: revision 1 when recorded, more while a draft
CREATE TABLE assessment_revision (
    assessment_id VARCHAR(40)   NOT NULL,
    revision      INT           NOT NULL,
    grade         VARCHAR(24)   NOT NULL,
    attribution   VARCHAR(16)   NOT NULL,
    confidence    VARCHAR(8)    NOT NULL,
    rationale     VARCHAR(20000) NOT NULL,
    -- SHA-256 of evidence files or report ids relied on, space-separated
    evidence      VARCHAR(8000) NOT NULL,
    assessed_by   VARCHAR(40)   NOT NULL,
    assessed_at   TIMESTAMP WITH TIME ZONE NOT NULL,
    ledger_seq    BIGINT        NOT NULL,
    PRIMARY KEY (assessment_id, revision)
);

-- the claims a publication made public (the incident's claims when the mediator published)
CREATE TABLE assessment_published_report (
    assessment_id VARCHAR(40) NOT NULL,
    report_id     VARCHAR(40) NOT NULL,
    PRIMARY KEY (assessment_id, report_id)
);

-- an incident put to an accused party, with the claims against it that it may now read
CREATE TABLE allegation (
    id          VARCHAR(40)  PRIMARY KEY,
    incident_id VARCHAR(40)  NOT NULL,
    party       VARCHAR(8)   NOT NULL,
    reply_by    TIMESTAMP WITH TIME ZONE NOT NULL,
    put_by      VARCHAR(40)  NOT NULL,
    put_at      TIMESTAMP WITH TIME ZONE NOT NULL,
    ledger_seq  BIGINT       NOT NULL
);
CREATE INDEX allegation_incident ON allegation (incident_id);

CREATE TABLE allegation_report (
    allegation_id VARCHAR(40) NOT NULL,
    report_id     VARCHAR(40) NOT NULL,
    PRIMARY KEY (allegation_id, report_id)
);

CREATE TABLE incident_reply (
    id          VARCHAR(40)   PRIMARY KEY,
    incident_id VARCHAR(40)   NOT NULL,
    party       VARCHAR(8)    NOT NULL,
    reply_text  VARCHAR(20000) NOT NULL,
    evidence    VARCHAR(8000) NOT NULL,
    replied_by  VARCHAR(40)   NOT NULL,
    replied_at  TIMESTAMP WITH TIME ZONE NOT NULL,
    ledger_seq  BIGINT        NOT NULL
);
CREATE INDEX incident_reply_incident ON incident_reply (incident_id);

-- who of the monitors takes an incident of the queue; the latest row per incident counts
CREATE TABLE queue_assignment (
    ledger_seq  BIGINT       PRIMARY KEY,
    incident_id VARCHAR(40)  NOT NULL,
    assignee    VARCHAR(40),
    assigned_by VARCHAR(40)  NOT NULL,
    assigned_at TIMESTAMP WITH TIME ZONE NOT NULL
);
CREATE INDEX queue_assignment_incident ON queue_assignment (incident_id, ledger_seq);

-- an incident became a potential violation: at most one alert per incident, ever (the unique
-- index settles a race between instances that all follow the same ledger)
CREATE TABLE alert (
    id           VARCHAR(40)   PRIMARY KEY,
    incident_id  VARCHAR(40)   NOT NULL,
    kind         VARCHAR(32)   NOT NULL,
    raised_at    TIMESTAMP WITH TIME ZONE NOT NULL,
    summary      VARCHAR(2000) NOT NULL,
    ledger_seq   BIGINT        NOT NULL
);
CREATE UNIQUE INDEX alert_incident ON alert (incident_id);

-- the outcome of a webhook delivery (one row per alert at most)
CREATE TABLE alert_delivery (
    alert_id     VARCHAR(40)   PRIMARY KEY,
    outcome      VARCHAR(16)   NOT NULL,
    attempts     INT           NOT NULL,
    status_code  INT,
    detail       VARCHAR(500),
    recorded_at  TIMESTAMP WITH TIME ZONE NOT NULL,
    ledger_seq   BIGINT        NOT NULL
);
