-- Every submitted attempt at one quiz of a course, by any learner, with the
-- answers given in it: one row per answer (one with no answer for an attempt
-- without any), attempts in id order and each one's answers in the order given.
-- The attempts are read in rowid order and each one's answers through
-- `quiz_answers_by_attempt` (attempt_id, then id), already in that order:
-- nothing is sorted, and only the columns the figures need are read.
SELECT a.id, a.learner_id, a.started_at, a.layout, w.question_id, w.answer
FROM quiz_attempts AS a
LEFT JOIN quiz_answers AS w ON w.attempt_id = a.id
WHERE a.course_id = ?1 AND a.quiz_id = ?2 AND a.finished_at IS NOT NULL
ORDER BY a.id, w.id
