-- The answers of those attempts, in the same attempt order and as given.
SELECT w.attempt_id, w.question_id, w.answer
FROM quiz_attempts AS a
JOIN quiz_answers AS w ON w.attempt_id = a.id
WHERE a.course_id = ?1 AND a.quiz_id = ?2 AND a.finished_at IS NOT NULL
ORDER BY w.attempt_id, w.id
