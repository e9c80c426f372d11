SELECT completed_at IS NOT NULL FROM lesson_progress
WHERE learner_id = ?1 AND course_id = ?2 AND lesson_id = ?3
