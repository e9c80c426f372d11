-- The `answered` record of an answer in attempt ?4, in compact form, with the
-- actor as the settings name them now. Inserts nothing when the attempt's
-- course version is not registered for learning records, or the learner's or
-- the device's pseudonymous id is not made yet: the caller then takes the
-- longer way.
INSERT INTO xapi_outbox
    (id, learner_id, recorded_at, event, course_version_id, item_id, parent_id,
     home_page, name, response, points)
SELECT ?1, ?2, ?3, 'answered', a.course_version_id, ?5, a.quiz_id, s.home_page,
       CASE WHEN s.include_names = 1 THEN l.display_name END, ?6, ?7
FROM quiz_attempts AS a
JOIN xapi_course_versions AS x ON x.course_version_id = a.course_version_id
JOIN xapi_learners AS xl ON xl.learner_id = ?2
JOIN learners AS l ON l.id = ?2
JOIN (SELECT (SELECT value ->> '$' FROM device_settings WHERE key = 'xapi.home_page') AS home_page,
             (SELECT value ->> '$' FROM device_settings WHERE key = 'xapi.include_names')
                 AS include_names,
             (SELECT value ->> '$' FROM device_settings WHERE key = 'xapi.device_id') AS device)
    AS s
WHERE a.id = ?4 AND (s.home_page IS NOT NULL OR s.device IS NOT NULL)
