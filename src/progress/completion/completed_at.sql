SELECT completed_at FROM enrollments WHERE learner_id = ?1 AND course_id = ?2
