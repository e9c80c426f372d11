INSERT INTO collected_attempts
    (device_id, attempt_id, learner_id, course_id, quiz_id, version_id, seed, layout,
     started_at, finished_at, points, max_points, score, passed)
VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11, ?12, ?13, ?14)
