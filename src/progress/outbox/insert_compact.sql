-- A learning record in compact form, rendered into its statement when read,
-- at the learning records' next place (see schema v8).
INSERT INTO xapi_outbox
    (seq, id, learner_id, recorded_at, event, course_version_id, item_id, parent_id,
     home_page, name, response, points, max_points, score, success, duration_ms)
VALUES (1 + max(coalesce((SELECT max(id) FROM quiz_answers), 0),
                coalesce((SELECT max(seq) FROM xapi_outbox), 0)),
        ?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11, ?12, ?13, ?14, ?15)
