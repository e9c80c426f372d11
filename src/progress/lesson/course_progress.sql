-- Lessons completed of the lessons in course version ?3: progress on lessons the
-- version no longer has is history and does not count.
SELECT
    (SELECT count(*) FROM course_items WHERE course_version_id = ?3 AND kind = 'lesson'),
    (SELECT count(*)
     FROM lesson_progress AS p
     JOIN course_items AS i
         ON i.course_version_id = ?3 AND i.item_id = p.lesson_id AND i.kind = 'lesson'
     WHERE p.learner_id = ?1 AND p.course_id = ?2 AND p.completed_at IS NOT NULL)
