-- When the learner started and completed the course of version ?2.
SELECT started_at, completed_at FROM enrollments
WHERE learner_id = ?1 AND course_id = (SELECT course_id FROM course_versions WHERE id = ?2)
