SELECT learner_id, course_id, lesson_id, course_version_id, first_opened_at,
       completed_at, seconds_spent
FROM lesson_progress
ORDER BY learner_id, course_id, lesson_id
