INSERT INTO xapi_outbox (id, learner_id, recorded_at, statement)
VALUES (?1, ?2, ?3, ?4)
