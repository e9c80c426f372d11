-- An answer as its learning record needs it: (learner, attempt, question,
-- answer, points, answered at).
SELECT a.learner_id, w.attempt_id, w.question_id, w.answer, w.points, w.answered_at
FROM quiz_answers AS w JOIN quiz_attempts AS a ON a.id = w.attempt_id
WHERE w.id = ?1
