SELECT id FROM learners WHERE subject_id IS NULL ORDER BY id
