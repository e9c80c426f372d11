SELECT device_id, learner_id, course_id, version_id, started_at, last_opened_at,
       completed_at, lessons_completed
FROM collected_enrollments
ORDER BY device_id, learner_id, course_id
