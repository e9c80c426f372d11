SELECT attempt_id, id, question_id, answer, points, answered_at
FROM quiz_answers
ORDER BY attempt_id, id
