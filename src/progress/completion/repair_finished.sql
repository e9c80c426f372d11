-- Courses finished without a completion date: (learner, course, the version
-- last opened, when). Finished means a certificate was issued (then the first
-- one's time), or every lesson of the version last opened is completed and
-- every quiz and final assessment in it passed (then when the last of those
-- was done). Doing everything meets any completion rule a course can set; a
-- course whose rule asks for less is recorded when the learner next opens it.
WITH item_done AS (
    SELECT e.learner_id, e.course_id,
           CASE i.kind
               WHEN 'lesson' THEN (
                   SELECT p.completed_at FROM lesson_progress AS p
                   WHERE p.learner_id = e.learner_id AND p.course_id = e.course_id
                     AND p.lesson_id = i.item_id)
               ELSE (
                   SELECT min(a.finished_at) FROM quiz_attempts AS a
                   WHERE a.learner_id = e.learner_id AND a.course_id = e.course_id
                     AND a.quiz_id = i.item_id AND a.passed = 1)
           END AS done_at
    FROM enrollments AS e
    JOIN course_items AS i ON i.course_version_id = e.course_version_id
    WHERE e.completed_at IS NULL AND i.kind IN ('lesson', 'quiz', 'final_assessment')
),
all_done AS (
    SELECT learner_id, course_id, max(done_at) AS done_at
    FROM item_done
    GROUP BY learner_id, course_id
    HAVING count(done_at) = count(*)
),
certified AS (
    SELECT learner_id, course_id, min(issued_at) AS issued_at
    FROM certificates
    GROUP BY learner_id, course_id
)
SELECT e.learner_id, e.course_id, e.course_version_id, coalesce(c.issued_at, d.done_at)
FROM enrollments AS e
LEFT JOIN certified AS c ON c.learner_id = e.learner_id AND c.course_id = e.course_id
LEFT JOIN all_done AS d ON d.learner_id = e.learner_id AND d.course_id = e.course_id
WHERE e.completed_at IS NULL AND coalesce(c.issued_at, d.done_at) IS NOT NULL
ORDER BY 4, 1, 2
