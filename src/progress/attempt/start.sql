INSERT INTO quiz_attempts
    (learner_id, course_id, quiz_id, course_version_id, seed, layout, started_at)
VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7)
