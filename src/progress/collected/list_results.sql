-- Per learner and quiz: submitted attempts, best score, any pass, and the
-- latest moment an attempt was started or submitted.
SELECT device_id, learner_id, course_id, quiz_id, count(score), max(score),
       coalesce(max(passed), 0), max(coalesce(finished_at, started_at))
FROM collected_attempts
GROUP BY device_id, learner_id, course_id, quiz_id
