-- One statement, so one transaction: the answer is kept only in an unfinished
-- attempt of this learner (?1 attempt, ?2 learner, ?3 question, ?4 answer,
-- ?5 points, ?6 time, ?7 a new statement id). It takes the learning records'
-- next place (see schema v8) and carries its `answered` record, with the actor
-- as the settings name them now, when the attempt's course version is
-- described for learning records and the learner's and the device's
-- pseudonymous ids are made; otherwise `statement_id` stays NULL and the
-- caller takes the longer way. Returns the answer id and whether it carries
-- the record.
INSERT INTO quiz_answers
    (id, attempt_id, question_id, answer, points, answered_at, statement_id, xapi_home_page,
     xapi_name)
SELECT 1 + max(coalesce((SELECT max(id) FROM quiz_answers), 0),
               coalesce((SELECT max(seq) FROM xapi_outbox), 0)),
       a.id, ?3, ?4, ?5, ?6,
       CASE WHEN s.ready THEN ?7 END,
       CASE WHEN s.ready THEN s.home_page END,
       CASE WHEN s.ready AND s.include_names = 1 THEN l.display_name END
FROM quiz_attempts AS a
JOIN learners AS l ON l.id = a.learner_id
JOIN (SELECT home_page, include_names,
             (home_page IS NOT NULL OR device IS NOT NULL)
             AND EXISTS (SELECT 1 FROM xapi_learners WHERE learner_id = ?2)
             AND EXISTS (SELECT 1 FROM quiz_attempts AS t
                         JOIN xapi_course_versions AS x
                             ON x.course_version_id = t.course_version_id
                         WHERE t.id = ?1) AS ready
      FROM (SELECT (SELECT value ->> '$' FROM device_settings WHERE key = 'xapi.home_page')
                       AS home_page,
                   (SELECT value ->> '$' FROM device_settings WHERE key = 'xapi.include_names')
                       AS include_names,
                   (SELECT value ->> '$' FROM device_settings WHERE key = 'xapi.device_id')
                       AS device)) AS s
WHERE a.id = ?1 AND a.learner_id = ?2 AND a.finished_at IS NULL
RETURNING id, statement_id IS NOT NULL
