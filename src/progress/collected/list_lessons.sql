-- The latest lesson activity per learner and course.
SELECT device_id, learner_id, course_id, max(max(first_opened_at, coalesce(completed_at, 0)))
FROM collected_lessons
GROUP BY device_id, learner_id, course_id
