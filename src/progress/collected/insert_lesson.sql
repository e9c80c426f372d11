INSERT INTO collected_lessons
    (device_id, learner_id, course_id, lesson_id, version_id, first_opened_at,
     completed_at, seconds_spent)
VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8)
