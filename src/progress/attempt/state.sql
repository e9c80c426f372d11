SELECT finished_at IS NOT NULL
FROM quiz_attempts
WHERE id = ?1 AND learner_id = ?2
