-- Oldest first, so the newest certificate of a learner and course is read last.
SELECT device_id, learner_id, course_id, id
FROM collected_certificates
ORDER BY device_id, learner_id, course_id, issued_at, id
