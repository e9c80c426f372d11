-- Foreign keys cascade to every row of the learner: enrollments, lessons,
-- attempts and their answers, notes and certificates.
DELETE FROM learners WHERE id = ?1
