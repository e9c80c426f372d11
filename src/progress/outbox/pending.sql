-- Undelivered statements oldest first, from ?1 (Unix ms) on, after sequence ?2,
-- at most ?3: the whole statement, or the compact row to render it from.
SELECT seq, id, recorded_at, exported_at, statement, learner_id, event, course_version_id,
       item_id, parent_id, home_page, name, response, points, max_points, score, success,
       duration_ms
FROM xapi_outbox
WHERE recorded_at >= ?1 AND seq > ?2
ORDER BY seq
LIMIT ?3
