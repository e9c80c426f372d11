-- A learning record in compact form, rendered into its statement when read.
INSERT INTO xapi_outbox
    (id, learner_id, recorded_at, event, course_version_id, item_id, parent_id,
     home_page, name, response, points, max_points, score, success, duration_ms)
VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11, ?12, ?13, ?14, ?15)
