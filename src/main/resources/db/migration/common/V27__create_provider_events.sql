-- The events payment providers sent (Stripe's evt_...), recorded as they are taken: providers retry and may
-- deliver an event twice, and only the first delivery counts.
CREATE TABLE provider_events (
    provider    VARCHAR(40)  NOT NULL,
    event_id    VARCHAR(255) NOT NULL,
    type        VARCHAR(100) NOT NULL,
    received_at TIMESTAMP WITH TIME ZONE NOT NULL,
    PRIMARY KEY (provider, event_id)
);
