-- Only where none was given yet: a learner's subject id never changes.
UPDATE learners SET subject_id = ?2 WHERE id = ?1 AND subject_id IS NULL
