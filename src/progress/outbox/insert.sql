-- A whole statement, at the learning records' next place (see schema v8).
INSERT INTO xapi_outbox (seq, id, learner_id, recorded_at, statement)
VALUES (1 + max(coalesce((SELECT max(id) FROM quiz_answers), 0),
                coalesce((SELECT max(seq) FROM xapi_outbox), 0)),
        ?1, ?2, ?3, ?4)
