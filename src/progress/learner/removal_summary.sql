SELECT
    (SELECT count(*) FROM enrollments WHERE learner_id = ?1),
    (SELECT count(*) FROM lesson_progress WHERE learner_id = ?1),
    (SELECT count(*) FROM quiz_attempts WHERE learner_id = ?1),
    (SELECT count(*) FROM reflection_notes WHERE learner_id = ?1),
    (SELECT count(*) FROM certificates WHERE learner_id = ?1)
