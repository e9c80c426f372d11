-- One statement, so one transaction: the answer is kept only in an unfinished
-- attempt of this learner.
INSERT INTO quiz_answers (attempt_id, question_id, answer, points, answered_at)
SELECT id, ?3, ?4, ?5, ?6
FROM quiz_attempts
WHERE id = ?1 AND learner_id = ?2 AND finished_at IS NULL
