-- Every recorded learner action that has a learning record, in time order:
-- (time, order within the same moment, kind, learner, course version, item or
-- certificate id, attempt, answer, points).
SELECT started_at, 0, 'started', learner_id, course_version_id, NULL, NULL, NULL, NULL
FROM enrollments
UNION ALL
SELECT completed_at, 1, 'lesson', learner_id, course_version_id, lesson_id, NULL, NULL, NULL
FROM lesson_progress WHERE completed_at IS NOT NULL
UNION ALL
SELECT w.answered_at, 2, 'answer', a.learner_id, a.course_version_id, w.question_id, a.id,
       w.answer, w.points
FROM quiz_answers AS w JOIN quiz_attempts AS a ON a.id = w.attempt_id
UNION ALL
SELECT finished_at, 3, 'attempt', learner_id, course_version_id, NULL, id, NULL, NULL
FROM quiz_attempts WHERE finished_at IS NOT NULL
UNION ALL
SELECT completed_at, 4, 'completed', learner_id, course_version_id, NULL, NULL, NULL, NULL
FROM enrollments WHERE completed_at IS NOT NULL
UNION ALL
SELECT issued_at, 5, 'certificate', learner_id, course_version_id, id, NULL, NULL, NULL
FROM certificates
ORDER BY 1, 2
