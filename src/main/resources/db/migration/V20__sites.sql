-- Protected sites (DESIGN.md). A site row is its nomination and never changes; status and
-- control changes are appended as rows of their own, so each ledger entry's content can be
-- re-derived from exactly one row and the current state is derived from the latest rows.
CREATE TABLE site (
    id                VARCHAR(40)   PRIMARY KEY,
    name              VARCHAR(300)  NOT NULL,
    category          VARCHAR(32)   NOT NULL,
    plant_kind        VARCHAR(16),
    geometry          VARCHAR       NOT NULL,  -- GeoJSON (RFC 7946), WGS 84 lon/lat
    country           VARCHAR(2)    NOT NULL,
    owner_party       VARCHAR(8)    NOT NULL REFERENCES party (code),
    capacity_mw       DOUBLE PRECISION,
    source            VARCHAR(500)  NOT NULL,
    source_ref        VARCHAR(200),
    control_contested BOOLEAN       NOT NULL,
    control_reason    VARCHAR(2000),
    nominated_by      VARCHAR(40)   NOT NULL,
    nominated_role    VARCHAR(16)   NOT NULL,
    nominated_party   VARCHAR(8),
    nominated_at      TIMESTAMP WITH TIME ZONE NOT NULL,
    ledger_seq        BIGINT        NOT NULL UNIQUE
);
-- one owner does not nominate the same source record twice (NULL source_ref: no constraint)
CREATE UNIQUE INDEX site_source ON site (owner_party, source, source_ref);

CREATE TABLE site_status_change (
    ledger_seq  BIGINT       PRIMARY KEY,
    site_id     VARCHAR(40)  NOT NULL REFERENCES site (id),
    status      VARCHAR(16)  NOT NULL,
    reason      VARCHAR(2000),
    actor       VARCHAR(40)  NOT NULL,
    actor_role  VARCHAR(16)  NOT NULL,
    actor_party VARCHAR(8),
    changed_at  TIMESTAMP WITH TIME ZONE NOT NULL
);
CREATE INDEX site_status_change_site ON site_status_change (site_id, ledger_seq);

CREATE TABLE site_control_change (
    ledger_seq  BIGINT       PRIMARY KEY,
    site_id     VARCHAR(40)  NOT NULL REFERENCES site (id),
    contested   BOOLEAN      NOT NULL,
    reason      VARCHAR(2000),
    actor       VARCHAR(40)  NOT NULL,
    actor_role  VARCHAR(16)  NOT NULL,
    actor_party VARCHAR(8),
    changed_at  TIMESTAMP WITH TIME ZONE NOT NULL
);
CREATE INDEX site_control_change_site ON site_control_change (site_id, ledger_seq);
