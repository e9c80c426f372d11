SELECT learner_id, course_id, course_version_id, started_at, last_opened_at,
       last_item_id, last_block, completed_at, lessons_completed
FROM enrollments
ORDER BY learner_id, course_id
