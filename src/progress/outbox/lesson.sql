-- The time the learner spent in lesson ?3 of the course of version ?2.
SELECT seconds_spent FROM lesson_progress
WHERE learner_id = ?1 AND lesson_id = ?3
  AND course_id = (SELECT course_id FROM course_versions WHERE id = ?2)
