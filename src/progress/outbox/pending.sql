-- Undelivered statements oldest first, from ?1 (Unix ms) on, after sequence ?2,
-- at most ?3.
SELECT seq, id, recorded_at, statement, exported_at
FROM xapi_outbox
WHERE recorded_at >= ?1 AND seq > ?2
ORDER BY seq
LIMIT ?3
