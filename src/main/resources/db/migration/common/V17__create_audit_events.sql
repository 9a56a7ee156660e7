-- The audit log: append only. Never holds secrets, passwords or e-mail addresses.
CREATE TABLE audit_events (
    id         UUID          PRIMARY KEY,
    at         TIMESTAMP WITH TIME ZONE NOT NULL,
    actor_id   VARCHAR(100),
    actor_name VARCHAR(200),
    type       VARCHAR(50)   NOT NULL,
    subject    VARCHAR(100),
    source_ip  VARCHAR(45),
    detail     VARCHAR(4000) NOT NULL
);

CREATE INDEX audit_events_at_idx ON audit_events (at, id);
CREATE INDEX audit_events_subject_idx ON audit_events (subject, at);
