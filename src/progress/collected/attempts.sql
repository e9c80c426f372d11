SELECT id, learner_id, course_id, quiz_id, course_version_id, seed, layout,
       started_at, finished_at, points, max_points, score, passed
FROM quiz_attempts
ORDER BY id
