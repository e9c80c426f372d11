-- Whether the learner started the course, and when they completed it.
SELECT completed_at IS NOT NULL FROM enrollments WHERE learner_id = ?1 AND course_id = ?2
