SELECT subject_id FROM learners WHERE id = ?1
