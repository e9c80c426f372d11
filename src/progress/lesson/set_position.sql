UPDATE enrollments
SET last_item_id = ?3, last_block = ?4
WHERE learner_id = ?1 AND course_id = ?2
