SELECT course_version_id, quiz_id, started_at, finished_at, points, max_points, score, passed
FROM quiz_attempts
WHERE id = ?1
