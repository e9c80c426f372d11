-- Every submitted attempt at one quiz of a course collected from other
-- devices, as `book.sql` reads this device's but without the answers: devices
-- in id order and each device's attempts in its own id order, read through the
-- primary key (device_id, attempt_id), so nothing is sorted.
SELECT device_id, attempt_id, learner_id, started_at, layout
FROM collected_attempts
WHERE course_id = ?1 AND quiz_id = ?2 AND finished_at IS NOT NULL
ORDER BY device_id, attempt_id
