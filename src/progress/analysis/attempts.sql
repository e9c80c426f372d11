-- Every submitted attempt at one quiz of a course, by any learner, in id order.
SELECT id, learner_id, started_at, layout
FROM quiz_attempts
WHERE course_id = ?1 AND quiz_id = ?2 AND finished_at IS NOT NULL
ORDER BY id
