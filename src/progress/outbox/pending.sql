-- Undelivered statements oldest first, from ?1 (Unix ms) on, after place ?2,
-- at most ?3: the whole statement, or the compact record to render it from.
-- Outbox rows, and answers that carry their own record (format v8; the answer
-- is the last column, for the response).
SELECT seq, id, recorded_at, exported_at, statement, learner_id, event, course_version_id,
       item_id, parent_id, home_page, name, response, points, max_points, score, success,
       duration_ms, NULL
FROM xapi_outbox
WHERE recorded_at >= ?1 AND seq > ?2
UNION ALL
SELECT w.id, w.statement_id, w.answered_at, w.xapi_exported_at, NULL, a.learner_id, 'answered',
       a.course_version_id, w.question_id, a.quiz_id, w.xapi_home_page, w.xapi_name, NULL,
       w.points, NULL, NULL, NULL, NULL, w.answer
FROM quiz_answers AS w JOIN quiz_attempts AS a ON a.id = w.attempt_id
WHERE w.statement_id IS NOT NULL AND w.answered_at >= ?1 AND w.id > ?2
ORDER BY 1
LIMIT ?3
