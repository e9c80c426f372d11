-- The `answered` record of an answer in attempt ?4, in compact form, when the
-- attempt's course version is registered for learning records; else nothing.
INSERT INTO xapi_outbox
    (id, learner_id, recorded_at, event, course_version_id, item_id, parent_id,
     home_page, name, response, points)
SELECT ?1, ?2, ?3, 'answered', a.course_version_id, ?5, a.quiz_id, ?6, ?7, ?8, ?9
FROM quiz_attempts AS a
JOIN xapi_course_versions AS x ON x.course_version_id = a.course_version_id
WHERE a.id = ?4
