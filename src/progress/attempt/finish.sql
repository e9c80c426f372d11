UPDATE quiz_attempts
SET finished_at = ?3, points = ?4, max_points = ?5, score = ?6, passed = ?7
WHERE id = ?1 AND learner_id = ?2 AND finished_at IS NULL
