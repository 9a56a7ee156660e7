-- Spring Modulith's event publication registry (schema v2): an event for a transactional listener is
-- stored in the publishing transaction and marked complete once the listener succeeded, so a crash
-- between the two leaves it to be republished, never lost.
CREATE TABLE event_publication (
    id                     UUID           NOT NULL PRIMARY KEY,
    listener_id            VARCHAR(512)   NOT NULL,
    event_type             VARCHAR(512)   NOT NULL,
    serialized_event       VARCHAR(100000) NOT NULL,
    publication_date       TIMESTAMP WITH TIME ZONE NOT NULL,
    completion_date        TIMESTAMP WITH TIME ZONE,
    status                 VARCHAR(20),
    completion_attempts    INTEGER,
    last_resubmission_date TIMESTAMP WITH TIME ZONE
);

CREATE INDEX event_publication_by_listener_idx ON event_publication (listener_id);
CREATE INDEX event_publication_by_completion_date_idx ON event_publication (completion_date);
