INSERT INTO collected_enrollments
    (device_id, learner_id, course_id, version_id, started_at, last_opened_at,
     last_item_id, last_block, completed_at, lessons_completed)
VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10)
