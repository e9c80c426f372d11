SELECT w.id, w.question_id, w.answer, w.points, w.answered_at
FROM quiz_answers AS w
JOIN quiz_attempts AS a ON a.id = w.attempt_id
WHERE w.attempt_id = ?1 AND a.learner_id = ?2
ORDER BY w.id
